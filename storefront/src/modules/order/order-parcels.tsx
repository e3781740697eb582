// Each producer's parcel of the order and how far it has come: packed, shipped (with the carrier
// and its tracking number) or delivered. A producer ships its own lines from its own location, so
// an order of three producers arrives as three parcels.
import { parcelState, parcelTracking } from "@ocop/domain/parcels";
import { useFormatter, useTranslations } from "next-intl";
import type { Order } from "@/lib/checkout-order";
import type { Product } from "@/lib/types";
import styles from "./order.module.css";

/** A fulfillment as the store API gives it with `*fulfillments.labels,*fulfillments.items`, which its type does not name. */
type Parcel = NonNullable<Order["fulfillments"]>[number] & {
  metadata?: Record<string, unknown> | null;
  labels?: ({ tracking_number?: string | null } | null)[] | null;
  items?: ({ line_item_id?: string | null } | null)[] | null;
};

type OrderParcelsProps = { order: Order; products: ReadonlyMap<string, Product> };

export function OrderParcels({ order, products }: OrderParcelsProps) {
  const t = useTranslations("Order.parcels");
  const format = useFormatter();
  const parcels = ((order.fulfillments ?? []) as Parcel[]).filter((parcel) => !parcel.canceled_at);
  if (!parcels.length) return null;
  const productOfLine = new Map((order.items ?? []).map((item) => [item.id, products.get(item.product_id ?? "")]));

  return (
    <section className={styles.card} aria-labelledby="order-parcels">
      <h2 id="order-parcels" className={styles.cardHeading}>
        {t("heading")}
      </h2>
      <ul className={styles.items}>
        {parcels.map((parcel) => {
          const state = parcelState(parcel);
          const { carrier, tracking_number } = parcelTracking(parcel);
          const producer = (parcel.items ?? []).map((item) => productOfLine.get(item?.line_item_id ?? "")?.producer).find(Boolean);
          const when = state === "delivered" ? parcel.delivered_at : state === "shipped" ? parcel.shipped_at : parcel.packed_at;
          return (
            <li key={parcel.id} data-parcel-state={state}>
              <p>{producer ? t("from", { producer: producer.name }) : t("parcel")}</p>
              <p className={styles.muted}>
                {t(`state.${state}`)}
                {when && <> · {format.dateTime(new Date(when), { dateStyle: "medium" })}</>}
              </p>
              {state !== "packed" && carrier && (
                <p className={styles.muted}>{tracking_number ? t("tracking", { carrier, number: tracking_number }) : carrier}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
