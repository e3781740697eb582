// How the page tells the header's cart link that the cart changed, without a client state library.

export const CART_CHANGED_EVENT = "ocop:cart-changed";

/** `count` is the new number of packs when the caller knows it; otherwise the link asks the server. */
export function announceCartChange(count?: number): void {
  window.dispatchEvent(new CustomEvent(CART_CHANGED_EVENT, { detail: { count } }));
}
