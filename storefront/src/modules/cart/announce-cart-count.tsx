"use client";
// Tells the header's cart link the count a page already knows as it renders (the order
// confirmation, once the cart became the order), so the badge does not wait for its own request.
import { useEffect } from "react";
import { announceCartChange, type CartCount } from "./cart-events";

export function AnnounceCartCount({ count, label }: CartCount) {
  useEffect(() => announceCartChange({ count, label }), [count, label]);
  return null;
}
