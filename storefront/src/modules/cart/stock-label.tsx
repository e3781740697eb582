// How much of a pack is left, in words and colour, the same wherever a pack is offered or held:
// the buy box's packs and the cart's lines. The words come from the server (./stock-words.ts).
import type { StockState } from "@/lib/cart-quantity";
import styles from "./stock-label.module.css";

/** A pack's stock and its words in the buyer's language. */
export type StockWords = { kind: StockState["kind"]; text: string };

const TONES: Record<StockState["kind"], string | undefined> = { out_of_stock: styles.out, low: styles.low, in_stock: styles.in };

export function StockLabel({ stock, className }: { stock: StockWords; className?: string }) {
  return <span className={[styles.label, TONES[stock.kind], className].filter(Boolean).join(" ")}>{stock.text}</span>;
}
