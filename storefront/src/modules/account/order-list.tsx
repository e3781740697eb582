// The customer's orders, newest first, each with its three Medusa statuses in the buyer's words
// and a link to the order's own page.
import { formatVnd } from "@ocop/domain/money";
import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { OrderSummary } from "@/lib/customer";
import styles from "./account.module.css";

export function OrderList({ orders }: { orders: OrderSummary[] }) {
  const t = useTranslations("Account");
  const format = useFormatter();
  return (
    <ul className={styles.list}>
      {orders.map((order) => {
        const count = (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0);
        return (
          <li key={order.id} className={styles.card}>
            <article aria-labelledby={`order-${order.id}`}>
              <div className={styles.orderHead}>
                <h3 id={`order-${order.id}`} className={styles.orderTitle}>
                  {t("orders.number", { number: order.display_id })}
                </h3>
                <span className={styles.muted}>
                  {t("orders.placedOn", { date: format.dateTime(new Date(order.created_at), { dateStyle: "medium" }) })}
                </span>
              </div>
              <dl className={styles.details}>
                <dt>{t("orders.status")}</dt>
                <dd>
                  <span className={styles.badge}>{t(`orderStatus.${order.status}`)}</span>
                </dd>
                <dt>{t("orders.payment")}</dt>
                <dd>{t(`paymentStatus.${order.payment_status}`)}</dd>
                <dt>{t("orders.fulfillment")}</dt>
                <dd>{t(`fulfillmentStatus.${order.fulfillment_status}`)}</dd>
                <dt>{t("orders.total")}</dt>
                <dd>
                  <span className={styles.total}>{formatVnd(order.total)}</span> · {t("orders.items", { count })}
                </dd>
              </dl>
              <p>
                <Link
                  href={{ pathname: "/orders/[id]", params: { id: order.id } }}
                  aria-label={t("orders.detailsOf", { number: order.display_id })}
                >
                  {t("orders.details")}
                </Link>
              </p>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
