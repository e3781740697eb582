"use client";
// Tells the header's cart link the count a page already knows as it renders (the order
// confirmation, once the cart became the order), so the badge does not wait for its own request.
import { useEffect } from "react";
import { announceCartChange } from "./cart-events";

export function AnnounceCartCount({ count }: { count: number }) {
  useEffect(() => announceCartChange(count), [count]);
  return null;
}
