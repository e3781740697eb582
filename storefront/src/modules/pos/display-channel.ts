// What the counter tells the customer display (/pos/display, a second window of the same browser):
// the lines and total as they change, the VietQR to scan, and that the money arrived.
export const DISPLAY_CHANNEL = "ocop-pos-display";

export type DisplayMessage =
  | { kind: "cart"; lines: { title: string; quantity: number; total: number }[]; subtotal: number; discountTotal: number; total: number }
  | { kind: "vietqr"; amount: number; reference: string | null; payload: string | null; account: { bank: string; holder: string; number: string } | null }
  | { kind: "paid"; amount: number }
  | { kind: "done"; total: number; change: number }
  | { kind: "idle" };

let channel: BroadcastChannel | null = null;

export function tellDisplay(message: DisplayMessage): void {
  if (typeof BroadcastChannel === "undefined") return;
  channel ??= new BroadcastChannel(DISPLAY_CHANNEL);
  channel.postMessage(message);
}
