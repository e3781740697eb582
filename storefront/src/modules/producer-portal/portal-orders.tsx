// The producer's orders: a list of the orders holding its products, and one order with only its
// own lines, where to deliver, whether the buyer has paid, and its parcel moved on step by step
// (packed, shipped with a carrier and tracking number, delivered).
import { formatVnd } from "@ocop/domain/money";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { paymentMethodOf } from "@/lib/checkout-payment";
import { PAYMENT_STATUSES } from "@/lib/customer";
import type { PortalOrder } from "@/lib/producer-portal";
import { AccountMessages } from "@/modules/account/account-messages";
import { ForgetDraft } from "./form-draft";
import { shipDraft } from "./form-state";
import { ParcelStepForm, ShipParcelForm } from "./portal-forms";
import styles from "./portal.module.css";

/** The state of the producer's side of an order in one word: what it has to do next. */
export function orderProgress(order: PortalOrder): "to_pack" | "to_ship" | "shipped" | "delivered" {
  if (order.lines.some((line) => line.packed_quantity < line.quantity)) return "to_pack";
  const live = order.parcels.filter((parcel) => parcel.state !== "canceled");
  if (live.some((parcel) => parcel.state === "packed")) return "to_ship";
  if (live.some((parcel) => parcel.state === "shipped")) return "shipped";
  return "delivered";
}

function recipientOf(order: PortalOrder): { name: string; lines: string[]; phone: string | null } {
  const address = order.shipping_address;
  if (!address) return { name: "", lines: [], phone: null };
  const name = [address.last_name, address.first_name].filter(Boolean).join(" ");
  const lines = [address.address_1, address.address_2, address.city, address.province].filter((part): part is string => Boolean(part));
  return { name, lines, phone: address.phone ?? null };
}

export async function PortalOrderList({ orders, count, offset, limit }: { orders: PortalOrder[]; count: number; offset: number; limit: number }) {
  const t = await getTranslations("ProducerPortal");
  const format = await getFormatter();
  return (
    <div className={styles.page}>
      <p>
        <Link href="/producer">{t("backHome")}</Link>
      </p>
      <h1 className={styles.heading}>{t("orders")}</h1>
      <p className={styles.lead}>{t("ordersLead")}</p>
      {orders.length === 0 ? (
        <p className={styles.meta}>{t("noOrders")}</p>
      ) : (
        <ul className={styles.list}>
          {orders.map((order) => {
            const progress = orderProgress(order);
            return (
              <li key={order.id}>
                <Link href={{ pathname: "/producer/orders/[id]", params: { id: order.id } }} className={styles.orderItem}>
                  <span className={styles.bar}>
                    <span className={styles.itemTitle}>{t("orderNo", { number: order.display_id })}</span>
                    <span className={styles.badge} data-state={progress}>
                      {t(`orderProgress.${progress}`)}
                    </span>
                  </span>
                  <span className={styles.meta}>
                    {format.dateTime(new Date(order.created_at), { dateStyle: "medium", timeStyle: "short" })} · {formatVnd(order.subtotal)} ·{" "}
                    {t(`paymentStatus.${paymentKey(order)}`)}
                  </span>
                  <span className={styles.meta}>{order.lines.map((line) => `${line.product_title ?? ""} × ${line.quantity}`).join(", ")}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {count > limit && (
        <nav className={styles.bar} aria-label={t("ordersPages")}>
          {offset > 0 ? <Link href={{ pathname: "/producer/orders", query: { from: Math.max(0, offset - limit) } }}>{t("newer")}</Link> : <span />}
          <span className={styles.meta}>{t("ordersRange", { from: offset + 1, to: Math.min(count, offset + limit), count })}</span>
          {offset + limit < count ? <Link href={{ pathname: "/producer/orders", query: { from: offset + limit } }}>{t("older")}</Link> : <span />}
        </nav>
      )}
    </div>
  );
}

const PAYMENT_STATES: ReadonlySet<string> = new Set(PAYMENT_STATUSES);

function paymentKey(order: PortalOrder): string {
  if (order.payment.captured) return "captured";
  return PAYMENT_STATES.has(order.payment.status) ? order.payment.status : "awaiting";
}

export async function PortalOrderPage({ order }: { order: PortalOrder }) {
  const t = await getTranslations("ProducerPortal");
  const format = await getFormatter();
  const recipient = recipientOf(order);
  const progress = orderProgress(order);
  const method = order.payment.provider_id ? paymentMethodOf(order.payment.provider_id) : null;
  const day = (at: string | null) => (at ? format.dateTime(new Date(at), { dateStyle: "medium", timeStyle: "short" }) : "");
  return (
    <div className={styles.page}>
      <p>
        <Link href="/producer/orders">{t("backOrders")}</Link>
      </p>
      <div className={styles.bar}>
        <h1 className={styles.heading}>{t("orderNo", { number: order.display_id })}</h1>
        <span className={styles.badge} data-state={progress}>
          {t(`orderProgress.${progress}`)}
        </span>
      </div>
      <p className={styles.meta}>{format.dateTime(new Date(order.created_at), { dateStyle: "long", timeStyle: "short" })}</p>

      <h2 className={styles.subheading}>{t("yourLines")}</h2>
      <div className={styles.card}>
        <ul className={styles.lines}>
          {order.lines.map((line) => (
            <li key={line.id} className={styles.line}>
              {line.thumbnail ? <img src={line.thumbnail} alt="" className={styles.thumb} /> : <span className={styles.thumb} />}
              <span>
                <p className={styles.itemTitle}>{line.product_title}</p>
                <p className={styles.meta}>
                  {[line.variant_title, line.variant_sku].filter(Boolean).join(" · ")}
                  {" · "}
                  {t("quantity", { count: line.quantity })} × {formatVnd(line.unit_price)}
                </p>
              </span>
              <span className={styles.amount}>{formatVnd(line.unit_price * line.quantity)}</span>
            </li>
          ))}
        </ul>
        <p className={`${styles.bar} ${styles.total}`}>
          <span>{t("yourSubtotal")}</span>
          <span>{formatVnd(order.subtotal)}</span>
        </p>
      </div>

      <div className={styles.twoColumns}>
        <section>
          <h2 className={styles.subheading}>{t("deliverTo")}</h2>
          <address className={`${styles.card} ${styles.address}`}>
            <strong>{recipient.name}</strong>
            {recipient.lines.map((line) => (
              <span key={line}>{line}</span>
            ))}
            {recipient.phone && <a href={`tel:${recipient.phone}`}>{recipient.phone}</a>}
          </address>
        </section>
        <section>
          <h2 className={styles.subheading}>{t("payment")}</h2>
          <div className={styles.card}>
            <p>
              <span className={styles.badge} data-state={order.payment.captured ? "captured" : order.payment.status}>
                {t(`paymentStatus.${paymentKey(order)}`)}
              </span>
            </p>
            {method && <p className={styles.meta}>{t(`paymentMethod.${method}`)}</p>}
          </div>
        </section>
      </div>

      <h2 className={styles.subheading}>{t("parcel")}</h2>
      <AccountMessages also={["ProducerPortal"]}>
        <div className={styles.card}>
          {order.parcels.length === 0 && <p className={styles.meta}>{t("parcelState.none")}</p>}
          <ol className={styles.parcels}>
            {order.parcels.map((parcel) => (
              <li key={parcel.id} data-parcel-state={parcel.state} className={styles.parcelStep}>
                <p>
                  <span className={styles.badge} data-state={parcel.state}>
                    {t(`parcelState.${parcel.state}`)}
                  </span>{" "}
                  <span className={styles.meta}>{day(parcel.delivered_at ?? parcel.shipped_at ?? parcel.packed_at)}</span>
                </p>
                {parcel.carrier && (
                  <p className={styles.meta}>{t("trackingLine", { carrier: parcel.carrier, number: parcel.tracking_number ?? "—" })}</p>
                )}
                {parcel.state === "packed" && <ShipParcelForm orderId={order.id} parcelId={parcel.id} />}
                {parcel.state === "shipped" && <ParcelStepForm orderId={order.id} parcelId={parcel.id} step="deliver" />}
                {parcel.state !== "packed" && <ForgetDraft draftKey={shipDraft(parcel.id)} />}
              </li>
            ))}
          </ol>
          {progress === "to_pack" && (
            <>
              <p className={styles.meta}>{t("packHint")}</p>
              <ParcelStepForm orderId={order.id} step="pack" />
            </>
          )}
        </div>
      </AccountMessages>
    </div>
  );
}
