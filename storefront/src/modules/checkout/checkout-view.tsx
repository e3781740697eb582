// The checkout page's two steps (details, then review) and what it shows for an empty cart.
import { type Commune, listProvinces } from "@ocop/domain/admin-units";
import { formatVnd } from "@ocop/domain/money";
import { useLocale, useTranslations } from "next-intl";
import { StoreNotice } from "@/components/store-notice";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { Cart } from "@/lib/cart";
import { chosenDeliveryKind, type ShippingChoice } from "@/lib/checkout";
import type { CheckoutValues } from "@/lib/checkout-form";
import type { PaymentChoice } from "@/lib/checkout-payment";
import { pickupPointAddress } from "@/lib/pickup-point";
import type { Product } from "@/lib/types";
import { CheckoutDetailsState } from "./checkout-details-state";
import { CheckoutForm, type PaymentOptionView, type ShippingOptionView } from "./checkout-form";
import { CheckoutReview } from "./checkout-review";
import styles from "./checkout.module.css";
import { ChosenShippingTotals } from "./chosen-shipping-totals";
import { OrderSummary } from "./order-summary";
import { shippingDescription, shippingName } from "./shipping-text";

type StepProps = {
  cart: Cart;
  products: ReadonlyMap<string, Product>;
  shipping: readonly ShippingChoice[];
  payment: readonly PaymentChoice[];
};

export function CheckoutEmpty() {
  const t = useTranslations("Checkout");
  return (
    <StoreNotice
      title={t("emptyTitle")}
      action={
        <Link href="/products" className="button">
          {t("browse")}
        </Link>
      }
    >
      <p>{t("emptyBody")}</p>
    </StoreNotice>
  );
}

function Steps({ current }: { current: "details" | "review" }) {
  const t = useTranslations("Checkout");
  return (
    <ol className={styles.steps} aria-label={t("stepsLabel")}>
      <li aria-current={current === "details" ? "step" : undefined}>{t("stepDetails")}</li>
      <li aria-current={current === "review" ? "step" : undefined}>{t("stepReview")}</li>
    </ol>
  );
}

export function CheckoutDetails({
  cart,
  products,
  shipping,
  payment,
  values,
  communes,
}: StepProps & { values: CheckoutValues; communes: readonly Commune[] }) {
  const t = useTranslations("Checkout");
  const locale = useLocale() as Locale;
  const shippingViews: ShippingOptionView[] = shipping.map((choice) => ({
    id: choice.id,
    label: shippingName(t, choice),
    description: shippingDescription(t, choice),
    price: choice.amount === 0 ? t("free") : formatVnd(choice.amount),
    pickupAddress: choice.pickupPoint ? pickupPointAddress(choice.pickupPoint, locale) : null,
    parcelsNote: choice.parcels > 1 ? t("parcels", { count: choice.parcels }) : null,
  }));
  const paymentViews: PaymentOptionView[] = payment.map((choice) => ({
    providerId: choice.providerId,
    label: t(`methods.${choice.method}.label`),
    description: t(`methods.${choice.method}.description`),
    closedBecause: choice.problem ? t(`problems.${choice.problem}`, { limit: formatVnd(choice.limitVnd ?? 0) }) : null,
  }));
  const provinces = listProvinces().map(({ code, name }) => ({ code, name }));
  const deliveryKind = chosenDeliveryKind(cart) ?? null;
  const summaryCart = {
    itemSubtotal: cart.item_subtotal ?? 0,
    discountTotal: cart.discount_total ?? 0,
    taxTotal: cart.tax_total ?? 0,
    shippingTotal: cart.shipping_total ?? 0,
    total: cart.total ?? 0,
    deliveryKind,
  };

  return (
    <section className={styles.page}>
      <h1 className={styles.heading}>{t("title")}</h1>
      <Steps current="details" />
      <CheckoutDetailsState
        initial={{ status: "idle", values, errors: {}, communes, submittedAt: 0 }}
        cart={summaryCart}
        options={shipping.map(({ id, amount }) => ({ id, amount }))}
      >
        <div className="with-summary">
          <CheckoutForm provinces={provinces} shipping={shippingViews} payment={paymentViews} />
          <OrderSummary cart={cart} products={products} totals={<ChosenShippingTotals />} />
        </div>
      </CheckoutDetailsState>
    </section>
  );
}

export function CheckoutReviewStep({ cart, products }: Pick<StepProps, "cart" | "products">) {
  const t = useTranslations("Checkout");
  return (
    <section className={styles.page}>
      <h1 className={styles.heading}>{t("reviewTitle")}</h1>
      <Steps current="review" />
      <div className="with-summary">
        <CheckoutReview cart={cart} />
        <OrderSummary cart={cart} products={products} />
      </div>
    </section>
  );
}
