// Placing the order: the cart's completion, waited for as long as it needs, and never a word of
// failure for an order that exists. When its answer is lost (a timeout, a dropped connection, a
// 5xx) the completion is asked again: Medusa answers a placed cart's completion with its order
// (complete-cart finds the order_cart link and places nothing), and places a cart that is not one yet.
import type { HttpTypes } from "@medusajs/types";
import { type StoreClient, StoreApiError } from "./store-api";

/** Under 30 checkouts at once the completions that won took up to 17.7 s; the store API's usual 10 s would call them failed. */
export const CART_COMPLETION_TIMEOUT_MS = 60_000;
/** The pause before asking again: another checkout holds a cart's or a pack's lock for seconds. */
export const COMPLETION_RETRY_DELAY_MS = 1_500;
/** How many times a completion whose answer was lost is asked again before the buyer is told it is not confirmed yet. */
export const COMPLETION_VERIFICATIONS = 2;

export type Completion =
  | { status: "placed"; orderId: string }
  /** Medusa kept the cart, as the payment was not authorized; `message` is for the log. */
  | { status: "kept"; message: string }
  /** The backend refused to place it (stock, a buying rule), with its code: nothing was placed. */
  | { status: "refused"; error: StoreApiError }
  /** Another checkout held the cart or its stock, twice in a row: nothing was placed, trying again will do. */
  | { status: "busy" }
  /** Still no answer after asking again: the order may have been placed. */
  | { status: "unconfirmed" };

export type PlaceOrderOptions = { pause?: (ms: number) => Promise<void> };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A timeout, a network failure or a 5xx: whether the order was placed is not known from it. */
function isLostAnswer(error: unknown): boolean {
  return !(error instanceof StoreApiError) || error.status >= 500;
}

/** Completes the cart, once more after a 409 (another checkout held it), and asks again whenever the answer was lost. */
export async function placeCartOrder(
  medusa: StoreClient,
  cartId: string,
  token: string | undefined,
  { pause = wait }: PlaceOrderOptions = {},
): Promise<Completion> {
  let retriedBusy = false;
  let verifications = 0;
  for (;;) {
    let result: HttpTypes.StoreCompleteCartResponse;
    try {
      result = await medusa.fetch<HttpTypes.StoreCompleteCartResponse>(`/store/carts/${encodeURIComponent(cartId)}/complete`, {
        method: "POST",
        token,
        timeoutMs: CART_COMPLETION_TIMEOUT_MS,
      });
    } catch (error) {
      // 409: the backend's cart_busy (a lock another checkout held), or Medusa's own "already being completed".
      const busy = error instanceof StoreApiError && error.status === 409;
      if (!busy && !isLostAnswer(error)) return { status: "refused", error: error as StoreApiError };
      if (verifications > 0 || !busy) {
        // Once an answer was lost, a 409 is the first completion still running: the order is as unknown as before.
        if (verifications === COMPLETION_VERIFICATIONS) return { status: "unconfirmed" };
        verifications++;
      } else {
        if (retriedBusy) return { status: "busy" };
        retriedBusy = true;
      }
      await pause(COMPLETION_RETRY_DELAY_MS);
      continue;
    }
    return result.type === "order" ? { status: "placed", orderId: result.order.id } : { status: "kept", message: result.error?.message ?? "" };
  }
}

