// The review step: what the cart now holds (contact, address, shipping, payment), each with a way
// back to change it, and the button that places the order; for a card, Stripe's card form above it.
import { formatAddress, printableAddress } from "@ocop/domain/address-format";
import { formatVnd } from "@ocop/domain/money";
import { formatPhone } from "@ocop/domain/phone";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { Cart } from "@/lib/cart";
import { cardPaymentSetup, chosenDeliveryKind, chosenPaymentMethod } from "@/lib/checkout";
import { pickupPointAddress, pickupPointOf } from "@/lib/pickup-point";
import styles from "./checkout.module.css";
import { LazyCardPayment } from "./lazy-card-payment";
import { PlaceOrderForm } from "./place-order-form";
import { shippingName } from "./shipping-text";

/** All it shows is the cart's own: the delivery kind and pickup point kept on its shipping method, its payment session. */
export function CheckoutReview({ cart }: { cart: Cart }) {
  const t = useTranslations("Checkout");
  const locale = useLocale() as Locale;
  const address = cart.shipping_address;
  const method = cart.shipping_methods?.[0];
  const kind = chosenDeliveryKind(cart);
  // A pickup's address is the pickup point's: the review names who collects, and where under shipping.
  const pickupPoint = pickupPointOf(method?.data);
  const providerId = cart.payment_collection?.payment_sessions?.[0]?.provider_id;
  const paymentMethod = chosenPaymentMethod(cart);
  const edit = (
    <Link href="/checkout" className={styles.edit}>
      {t("edit")}
    </Link>
  );

  return (
    <div className={styles.review}>
      <section className={styles.section} aria-labelledby="review-contact">
        <h2 id="review-contact" className={styles.legend}>
          {t("contact")}
        </h2>
        <p>
          {cart.email}
          <br />
          {address?.phone ? formatPhone(address.phone) : null}
        </p>
        {edit}
      </section>
      <section className={styles.section} aria-labelledby="review-address">
        <h2 id="review-address" className={styles.legend}>
          {pickupPoint ? t("collectedBy") : t("address")}
        </h2>
        <p>
          {[address?.first_name, address?.last_name].filter(Boolean).join(" ")}
          {address && !pickupPoint && (
            <>
              <br />
              {formatAddress(printableAddress(address), locale)}
            </>
          )}
        </p>
        {edit}
      </section>
      <section className={styles.section} aria-labelledby="review-shipping">
        <h2 id="review-shipping" className={styles.legend}>
          {t("shipping")}
        </h2>
        <p>
          {kind ? shippingName(t, { id: kind, name: method?.name ?? "" }) : method?.name}
          {pickupPoint && (
            <>
              <br />
              {t("pickupAt", { address: pickupPointAddress(pickupPoint, locale) })}
            </>
          )}
        </p>
        {edit}
      </section>
      <section className={styles.section} aria-labelledby="review-payment">
        <h2 id="review-payment" className={styles.legend}>
          {t("payment")}
        </h2>
        <p>{paymentMethod ? t(`methods.${paymentMethod}.label`) : providerId}</p>
        {edit}
      </section>
      {paymentMethod === "card" ? <CardPaymentStep cart={cart} /> : <PlaceOrderForm />}
    </div>
  );
}

/** Stripe's card form and the button that pays and orders; if cards were switched off since, the way back. */
function CardPaymentStep({ cart }: { cart: Cart }) {
  const t = useTranslations("Checkout.cardPayment");
  const setup = cardPaymentSetup(cart);
  if (!setup) {
    return (
      <div className={styles.problem} role="alert">
        <p>{t("unavailable")}</p>
        <Link href="/checkout">{t("changeMethod")}</Link>
      </div>
    );
  }
  return <LazyCardPayment publishableKey={setup.publishableKey} clientSecret={setup.clientSecret} total={formatVnd(setup.amount)} />;
}
