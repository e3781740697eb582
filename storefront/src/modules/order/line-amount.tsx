// A cart's or an order's line in VND: what the buyer pays for it, and, when a campaign's discount
// applies, the usual amount struck beside it, as the product cards show a campaign's price.
import { formatVnd } from "@ocop/domain/money";
import { useTranslations } from "next-intl";
import styles from "./price-totals.module.css";

type Line = { subtotal?: number | null; total?: number | null; unit_price: number; quantity: number };

/** The line's usual amount and what is paid for it after its discounts, whole đồng. */
export function lineAmounts(line: Line): { usual: number; paid: number } {
  const usual = line.subtotal ?? line.unit_price * line.quantity;
  return { usual, paid: Math.min(usual, line.total ?? usual) };
}

export function LineAmount({ line }: { line: Line }) {
  const t = useTranslations("Campaign");
  const { usual, paid } = lineAmounts(line);
  if (paid >= usual) return <>{formatVnd(usual)}</>;
  return (
    <>
      <span className={styles.campaignAmount}>{formatVnd(paid)}</span>{" "}
      <del className={styles.usualAmount}>
        <span className="visually-hidden">{t("usualPrice")} </span>
        {formatVnd(usual)}
      </del>
    </>
  );
}

/** A discount as a total shows it: "−12.000 ₫". */
export function discountText(amount: number): string {
  return `−${formatVnd(amount)}`;
}
