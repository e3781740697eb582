// A manager's return at the counter: the packs left on each line of a sale, the choice of how many
// come back, the body of POST /pos/sales/:id/returns (or /refund), and the cash it pays back,
// reckoned by the backend's own rule (`planReturn`) so the screen shows the amount before sending.
import { type PlannedReturn, planReturn, refundOf, returnableSale } from "@ocop/domain/pos";
import type { PosSale, PosSaleLine } from "./pos-types";

/** Packs coming back, by the sale line's id; a line not named brings none. */
export type ReturnChoice = Readonly<Record<string, number>>;

export type ReturnRequest = { shift_id: string; reason: string; lines: { line_id: string; quantity: number }[] };
export type RefundRequest = { shift_id: string; reason: string };

/** What is still on the line to bring back. */
export function packsLeft(line: Pick<PosSaleLine, "quantity" | "returned_quantity">): number {
  return Math.max(0, line.quantity - line.returned_quantity);
}

/** Whether anything of the sale can still come back. */
export function canReturn(sale: Pick<PosSale, "status" | "lines">): boolean {
  return sale.status !== "refunded" && sale.lines.some((line) => packsLeft(line) > 0);
}

/** The choice with one line's packs moved by `delta`, kept from 0 to what is left of it. */
export function stepReturn(sale: Pick<PosSale, "lines">, choice: ReturnChoice, lineId: string, delta: number): ReturnChoice {
  const line = sale.lines.find((entry) => entry.id === lineId);
  if (!line) return choice;
  const next = Math.min(packsLeft(line), Math.max(0, (choice[lineId] ?? 0) + delta));
  return { ...choice, [lineId]: next };
}

/** The lines of the return's body, in the sale's order, only those with packs coming back. */
export function returnLines(sale: Pick<PosSale, "lines">, choice: ReturnChoice): ReturnRequest["lines"] {
  return sale.lines
    .map((line) => ({ line_id: line.id, quantity: Math.min(packsLeft(line), choice[line.id] ?? 0) }))
    .filter((line) => line.quantity > 0);
}

// The amount does not depend on the reason; the screen asks for the reason itself before sending.
const PREVIEW_REASON = "xem trước";

export type ReturnPreview = { packs: number; linesAmount: number; cash: number };

function previewOf(plan: PlannedReturn): ReturnPreview {
  return { packs: plan.lines.reduce((sum, line) => sum + line.quantity, 0), linesAmount: plan.linesAmount, cash: plan.amount };
}

/** What the chosen packs were sold for and the cash the drawer pays back for them; none chosen is 0. */
export function previewReturn(sale: PosSale, choice: ReturnChoice): ReturnPreview {
  const lines = returnLines(sale, choice);
  if (lines.length === 0 || sale.status === "refunded") return { packs: 0, linesAmount: 0, cash: 0 };
  return previewOf(planReturn(returnableSale(sale), lines.map((line) => ({ lineId: line.line_id, quantity: line.quantity })), PREVIEW_REASON));
}

/** The same for the whole sale taken back ("Trả cả đơn"). */
export function previewRefund(sale: PosSale): ReturnPreview {
  if (!canReturn(sale)) return { packs: 0, linesAmount: 0, cash: 0 };
  return previewOf(refundOf(returnableSale(sale), PREVIEW_REASON));
}

export type Built<T> = { ok: true; body: T } | { ok: false; message: string };

function reasonOf(typed: string): string | null {
  const reason = typed.normalize("NFC").trim();
  return reason ? reason : null;
}

const NO_REASON = "Hãy ghi lý do trả hàng: báo cáo ca và bảng kê của nhà sản xuất đọc lý do này.";

/** The body of POST /pos/sales/:id/returns, or the sentence that says what is missing. */
export function returnRequest(sale: PosSale, shiftId: string, choice: ReturnChoice, typedReason: string): Built<ReturnRequest> {
  if (sale.status === "refunded") return { ok: false, message: "Đơn này đã được hoàn trả toàn bộ: không còn gì để trả." };
  const lines = returnLines(sale, choice);
  if (lines.length === 0) return { ok: false, message: "Hãy chọn số gói khách trả lại (nút +) ở ít nhất một dòng." };
  const reason = reasonOf(typedReason);
  if (!reason) return { ok: false, message: NO_REASON };
  return { ok: true, body: { shift_id: shiftId, reason, lines } };
}

/** The body of POST /pos/sales/:id/refund, or the sentence that says what is missing. */
export function refundRequest(sale: PosSale, shiftId: string, typedReason: string): Built<RefundRequest> {
  if (!canReturn(sale)) return { ok: false, message: "Đơn này đã được hoàn trả toàn bộ: không còn gì để trả." };
  const reason = reasonOf(typedReason);
  if (!reason) return { ok: false, message: NO_REASON };
  return { ok: true, body: { shift_id: shiftId, reason } };
}
