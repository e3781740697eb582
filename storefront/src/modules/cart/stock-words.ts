// A pack's stock in words, on the server, for the stock label (./stock-label.tsx) wherever it shows.
import { useTranslations } from "next-intl";
import type { StockState } from "@/lib/cart-quantity";
import type { StockWords } from "./stock-label";

export function useStockWords(): (stock: StockState) => StockWords {
  const t = useTranslations("Stock");
  return (stock) => ({
    kind: stock.kind,
    text: stock.kind === "out_of_stock" ? t("outOfStock") : stock.kind === "low" ? t("low", { available: stock.available }) : t("inStock"),
  });
}
