// Each producer's parcel of the order and how far it has come: packed, shipped (with the carrier
// and its tracking number) or delivered. A producer ships its own lines from its own location, so
// an order of three producers arrives as three parcels.
import { useFormatter, useTranslations } from "next-intl";
import type { Order } from "@/lib/checkout-order";
import type { Product } from "@/lib/types";
import styles from "./order.module.css";
import { parcelsOfOrder } from "./parcels";

type OrderParcelsProps = { order: Order; products: ReadonlyMap<string, Product> };

export function OrderParcels({ order, products }: OrderParcelsProps) {
  const t = useTranslations("Order.parcels");
  const format = useFormatter();
  const parcels = parcelsOfOrder(order, products);
  if (!parcels.length) return null;

  return (
    <section className={styles.card} aria-labelledby="order-parcels">
      <h2 id="order-parcels" className={styles.cardHeading}>
        {t("heading")}
      </h2>
      <ul className={styles.items}>
        {parcels.map((parcel) => (
          <li key={parcel.id} data-parcel-state={parcel.state}>
            <p>{parcel.producerName ? t("from", { producer: parcel.producerName }) : t("parcel")}</p>
            <p className={styles.muted}>
              {t(`state.${parcel.state}`)}
              {parcel.at && <> · {format.dateTime(new Date(parcel.at), { dateStyle: "medium" })}</>}
            </p>
            {parcel.state !== "packed" && parcel.carrier && (
              <p className={styles.muted}>
                {parcel.trackingNumber ? t("tracking", { carrier: parcel.carrier, number: parcel.trackingNumber }) : parcel.carrier}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
