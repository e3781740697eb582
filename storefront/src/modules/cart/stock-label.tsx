// How much of a pack is left, in words and colour, the same wherever a pack is offered or held:
// the buy box's packs and the cart's lines.
import { useTranslations } from "next-intl";
import type { StockState } from "@/lib/cart-quantity";
import styles from "./stock-label.module.css";

export function StockLabel({ stock, className }: { stock: StockState; className?: string }) {
  const t = useTranslations("Stock");
  const [text, tone] =
    stock.kind === "out_of_stock"
      ? [t("outOfStock"), styles.out]
      : stock.kind === "low"
        ? [t("low", { available: stock.available }), styles.low]
        : [t("inStock"), styles.in];
  return <span className={[styles.label, tone, className].filter(Boolean).join(" ")}>{text}</span>;
}
