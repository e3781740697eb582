// How the page tells the header's cart link that the cart changed, without a client state library.

export const CART_CHANGED_EVENT = "ocop:cart-changed";

/** The cart's new number of packs, and the link's label for it in the buyer's language, from the server. */
export type CartCount = { count: number; label: string };

/** `known` is the new count when the caller has it; otherwise the link asks the server. */
export function announceCartChange(known?: CartCount): void {
  window.dispatchEvent(new CustomEvent<CartCount | undefined>(CART_CHANGED_EVENT, { detail: known }));
}
