// The totals of a cart or an order in VND: item subtotal, shipping, tax when there is any, and the
// total, as checkout's summary and the order confirmation both show them.
import { formatVnd } from "@ocop/domain/money";
import styles from "./price-totals.module.css";

export type PriceTotalsProps = {
  labels: { items: string; shipping: string; tax: string; total: string };
  itemSubtotal: number;
  /** The shipping amount, or the words to show instead (no method chosen yet). */
  shipping: number | string;
  taxTotal: number;
  total: number;
  /** Spacing from the page around it. */
  className?: string;
};

export function PriceTotals({ labels, itemSubtotal, shipping, taxTotal, total, className }: PriceTotalsProps) {
  return (
    <dl className={className ? `${styles.totals} ${className}` : styles.totals}>
      <dt>{labels.items}</dt>
      <dd>{formatVnd(itemSubtotal)}</dd>
      <dt>{labels.shipping}</dt>
      <dd>{typeof shipping === "number" ? formatVnd(shipping) : shipping}</dd>
      {taxTotal > 0 && (
        <>
          <dt>{labels.tax}</dt>
          <dd>{formatVnd(taxTotal)}</dd>
        </>
      )}
      <dt className={styles.grandTotal}>{labels.total}</dt>
      <dd className={styles.grandTotal}>{formatVnd(total)}</dd>
    </dl>
  );
}
