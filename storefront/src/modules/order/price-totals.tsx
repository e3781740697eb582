// The totals of a cart or an order in VND: item subtotal at the usual prices, a campaign's discount
// when there is one, shipping, tax when there is any, and the total, as checkout's summary and the
// order confirmation both show them.
import { formatVnd } from "@ocop/domain/money";
import { useTranslations } from "next-intl";
import { discountText } from "./line-amount";
import styles from "./price-totals.module.css";

export type PriceTotalsProps = {
  labels: { items: string; shipping: string; tax: string; total: string };
  itemSubtotal: number;
  /** What campaigns' discounts take off the items, whole đồng; none shown when 0. */
  discountTotal: number;
  /** The shipping amount, or the words to show instead (no method chosen yet). */
  shipping: number | string;
  taxTotal: number;
  total: number;
  /** Spacing from the page around it. */
  className?: string;
};

export function PriceTotals({ labels, itemSubtotal, discountTotal, shipping, taxTotal, total, className }: PriceTotalsProps) {
  const t = useTranslations("Campaign");
  return (
    <dl className={className ? `${styles.totals} ${className}` : styles.totals}>
      <dt>{labels.items}</dt>
      <dd>{formatVnd(itemSubtotal)}</dd>
      {discountTotal > 0 && (
        <>
          <dt>{t("discount")}</dt>
          <dd className={styles.discount}>{discountText(discountTotal)}</dd>
        </>
      )}
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
