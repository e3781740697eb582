// The customer found by the phone typed in the counter's cart: which number to ask the backend
// about, and the sentence the cashier reads for its answer.
import type { PosCustomer } from "./pos-types";

export type CustomerFound = { kind: "found"; customer: PosCustomer } | { kind: "none" } | { kind: "refused"; message: string };

/** What the cart says of the customer once the backend has answered for the phone typed. */
export function customerSentence(found: CustomerFound): string {
  if (found.kind === "found") return `Khách hàng: ${found.customer.name} (${found.customer.masked_email})`;
  if (found.kind === "none") return "Chưa có tài khoản với số này — đơn vẫn ghi số điện thoại.";
  return found.message;
}

/** The lookup's path for a phone already read by `customerPhone` (E.164 or the national form). */
export function customerLookupPath(phone: string): string {
  return `/customers?${new URLSearchParams({ phone })}`;
}
