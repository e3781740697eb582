// The order confirmation: number, what was ordered, totals in VND, how it ships and each
// producer's parcel, how it is paid, and where it goes.
import { formatAddress, printableAddress } from "@ocop/domain/address-format";
import { formatVnd } from "@ocop/domain/money";
import { formatPhone } from "@ocop/domain/phone";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { paymentMethodOf } from "@/lib/checkout-payment";
import { type Order, orderPaymentProvider } from "@/lib/checkout-order";
import { productTitle } from "@/lib/localized";
import type { OrderPayment } from "@/lib/order-payment";
import { isPickupAddress, pickupPointAddress, pickupPointOf } from "@/lib/pickup-point";
import type { Product } from "@/lib/types";
import { BankTransferPanel } from "./bank-transfer-panel";
import styles from "./order.module.css";
import { OrderParcels } from "./order-parcels";
import { LineAmount } from "./line-amount";
import { PriceTotals } from "./price-totals";

type ShippingData = { code?: string | null; pickup_address?: string | null } | null | undefined;

type OrderConfirmationProps = {
  order: Order;
  products: ReadonlyMap<string, Product>;
  /** The payment's state and, for VietQR, the transfer to make (null if the shop could not say). */
  payment: OrderPayment | null;
  qrSvg: string | null;
  reloadHref: string;
};

export function OrderConfirmation({ order, products, payment, qrSvg, reloadHref }: OrderConfirmationProps) {
  const t = useTranslations("Order");
  const tCheckout = useTranslations("Checkout");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const address = order.shipping_address;
  const method = order.shipping_methods?.[0];
  const shippingData = method?.data as ShippingData;
  const shippingKey = `options.${shippingData?.code}.name`;
  const shippingName = shippingData?.code && tCheckout.has(shippingKey) ? tCheckout(shippingKey) : method?.name;
  const pickupPoint = pickupPointOf(shippingData);
  // Orders placed before the pickup point was kept on the method have only its printed address.
  const pickupAddress = pickupPoint ? pickupPointAddress(pickupPoint, locale) : shippingData?.pickup_address;
  const collected = Boolean(pickupPoint) || isPickupAddress(address);
  const provider = orderPaymentProvider(order);
  const paymentMethod = provider ? paymentMethodOf(provider) : null;

  return (
    <article className={styles.page}>
      <header className={styles.header}>
        <p className={styles.kicker}>{t("thanks")}</p>
        <h1 className={styles.heading}>{t("heading", { number: order.display_id ?? order.id })}</h1>
        <p>
          {t("placedAt", {
            date: format.dateTime(new Date(order.created_at), { dateStyle: "long" }),
            time: format.dateTime(new Date(order.created_at), { timeStyle: "short" }),
          })}
          {order.email && <> · {t("sentTo", { email: order.email })}</>}
        </p>
        {paymentMethod === "cash_on_delivery" && <p className={styles.note}>{t("codNote", { total: formatVnd(order.total) })}</p>}
      </header>
      {payment?.bank_transfer && qrSvg && (
        <BankTransferPanel orderId={order.id} state={payment.state} transfer={payment.bank_transfer} qrSvg={qrSvg} reloadHref={reloadHref} />
      )}

      <div className="with-summary">
        <section className={styles.card} aria-labelledby="order-items">
          <h2 id="order-items" className={styles.cardHeading}>
            {t("items")}
          </h2>
          <ul className={styles.items}>
            {(order.items ?? []).map((item) => {
              const product = products.get(item.product_id ?? "");
              const variant = product?.variants?.find((candidate) => candidate.id === item.variant_id);
              const pack = (locale === "en" && variant?.metadata?.title_en) || item.variant_title;
              return (
                <li key={item.id} className={styles.item}>
                  <span>
                    {product ? productTitle(product, locale) : item.product_title}
                    {pack && <span className={`${styles.muted} ${styles.unbroken}`}> · {pack}</span>}
                    <br />
                    <span className={styles.muted}>
                      {t("quantityTimesPrice", { quantity: item.quantity, price: formatVnd(item.unit_price) })}
                    </span>
                  </span>
                  <span className={styles.amount}>
                    <LineAmount line={item} />
                  </span>
                </li>
              );
            })}
          </ul>
          <PriceTotals
            className={styles.totals}
            labels={{ items: t("subtotal"), shipping: t("shippingCost"), tax: t("tax"), total: t("total") }}
            itemSubtotal={order.item_subtotal ?? 0}
            discountTotal={order.discount_total ?? 0}
            shipping={order.shipping_total ? order.shipping_total : t("free")}
            taxTotal={order.tax_total ?? 0}
            total={order.total}
          />
        </section>

        <div className={styles.side}>
          <section className={styles.card} aria-labelledby="order-shipping">
            <h2 id="order-shipping" className={styles.cardHeading}>
              {t("shipping")}
            </h2>
            <p>{shippingName}</p>
            {pickupAddress && <p className={styles.muted}>{tCheckout("pickupAt", { address: pickupAddress })}</p>}
          </section>
          <OrderParcels order={order} products={products} />
          <section className={styles.card} aria-labelledby="order-payment">
            <h2 id="order-payment" className={styles.cardHeading}>
              {t("payment")}
            </h2>
            <p>{paymentMethod ? tCheckout(`methods.${paymentMethod}.label`) : provider}</p>
            {payment && (
              <p className={styles.muted} data-payment-state={payment.state}>
                {t(`paymentState.${payment.state}`)}
              </p>
            )}
          </section>
          {address && (
            <section className={styles.card} aria-labelledby="order-address">
              <h2 id="order-address" className={styles.cardHeading}>
                {collected ? tCheckout("collectedBy") : t("address")}
              </h2>
              <address className={styles.address}>
                {[address.first_name, address.last_name].filter(Boolean).join(" ")}
                {!collected && (
                  <>
                    <br />
                    {formatAddress(printableAddress(address), locale)}
                  </>
                )}
                {address.phone && (
                  <>
                    <br />
                    {formatPhone(address.phone)}
                  </>
                )}
              </address>
            </section>
          )}
        </div>
      </div>
      <p className={styles.actions}>
        <Link href="/products" className="button">
          {t("continue")}
        </Link>
      </p>
    </article>
  );
}
