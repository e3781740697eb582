"use server";
// Server actions that change the cart: add from the buy box, change a line's quantity, remove a line.
// Each answers with a state the form shows (and keeps what the buyer typed); none throws at the buyer.
import { FetchError } from "@medusajs/js-sdk";
import { refresh } from "next/cache";
import {
  cartHeaders,
  cartItemCount,
  getCart,
  getOrCreateCart,
  getProductStock,
  getStoreRegion,
  quantityInCart,
} from "@/lib/cart";
import { checkQuantity, orderableQuantity, type QuantityProblem } from "@/lib/cart-quantity";
import { getMedusa, STORE_API_TIMEOUT_MS } from "@/lib/medusa";

export type AddToCartState =
  | { status: "idle" }
  | { status: "added"; variantId: string; quantity: number; cartCount: number; addedAt: number }
  | { status: "invalid"; variantId: string; quantity: string; problem: QuantityProblem; max: number; inCart: number }
  | { status: "gone"; variantId: string; quantity: string }
  | { status: "unavailable"; variantId: string; quantity: string };

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** Adds the chosen pack to the cart, after checking the quantity against the stock as of now. */
export async function addToCart(_previous: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const productId = field(formData, "productId");
  const variantId = field(formData, "variantId");
  const typed = field(formData, "quantity");
  const kept = { variantId, quantity: typed };

  const sdk = await getMedusa();
  if (!sdk) return { status: "unavailable", ...kept };
  const headers = await cartHeaders();
  try {
    const region = await getStoreRegion(sdk);
    const product = await getProductStock(sdk, productId, region.id);
    const variant = product?.variants?.find((candidate) => candidate.id === variantId);
    if (!variant) return { status: "gone", ...kept };

    const existing = await getCart(sdk, headers);
    const inCart = quantityInCart(existing, variantId);
    const check = checkQuantity(typed, orderableQuantity(variant) - inCart);
    if (!check.ok) return { status: "invalid", ...kept, problem: check.problem, max: check.max, inCart };

    const cart = existing ?? (await getOrCreateCart(sdk, headers));
    const { cart: updated } = await sdk.client.fetch<{ cart: { items?: { quantity: number }[] } }>(
      `/store/carts/${cart.id}/line-items`,
      {
        method: "POST",
        body: { variant_id: variantId, quantity: check.quantity },
        query: { fields: "items.quantity" },
        headers,
        signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
      },
    );
    return {
      status: "added",
      variantId,
      quantity: check.quantity,
      cartCount: cartItemCount(updated),
      addedAt: Date.now(),
    };
  } catch (error) {
    // The backend refuses a line it cannot reserve (someone bought the last packs meanwhile).
    if (error instanceof FetchError && error.status === 400) {
      return { status: "invalid", ...kept, problem: "out_of_stock", max: 0, inCart: 0 };
    }
    console.error(`[add to cart] ${describe(error)}`);
    return { status: "unavailable", ...kept };
  }
}

export type LineState =
  | { status: "idle" }
  | { status: "updated"; quantity: number; changedAt: number }
  | { status: "removed" }
  | { status: "invalid"; quantity: string; problem: QuantityProblem; max: number }
  | { status: "unavailable"; quantity: string };

/** Sets a line's quantity, checked against the stock as of now (the line's own packs included). */
export async function updateLineQuantity(_previous: LineState, formData: FormData): Promise<LineState> {
  const lineId = field(formData, "lineId");
  const typed = field(formData, "quantity");
  const sdk = await getMedusa();
  if (!sdk) return { status: "unavailable", quantity: typed };
  const headers = await cartHeaders();
  try {
    const cart = await getCart(sdk, headers);
    const line = cart?.items?.find((candidate) => candidate.id === lineId);
    if (!cart || !line) return { status: "removed" };
    const region = await getStoreRegion(sdk);
    const product = line.product_id ? await getProductStock(sdk, line.product_id, region.id) : null;
    const variant = product?.variants?.find((candidate) => candidate.id === line.variant_id);
    const othersInCart = quantityInCart(cart, line.variant_id ?? "") - line.quantity;
    const check = checkQuantity(typed, (variant ? orderableQuantity(variant) : 0) - othersInCart);
    if (!check.ok) return { status: "invalid", quantity: typed, problem: check.problem, max: check.max };
    await sdk.client.fetch(`/store/carts/${cart.id}/line-items/${lineId}`, {
      method: "POST",
      body: { quantity: check.quantity },
      query: { fields: "id" },
      headers,
      signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
    });
    refresh();
    return { status: "updated", quantity: check.quantity, changedAt: Date.now() };
  } catch (error) {
    if (error instanceof FetchError && error.status === 400) {
      return { status: "invalid", quantity: typed, problem: "out_of_stock", max: 0 };
    }
    console.error(`[update cart line] ${describe(error)}`);
    return { status: "unavailable", quantity: typed };
  }
}

/** Takes a line out of the cart. */
export async function removeLine(_previous: LineState, formData: FormData): Promise<LineState> {
  const lineId = field(formData, "lineId");
  const sdk = await getMedusa();
  if (!sdk) return { status: "unavailable", quantity: "" };
  const headers = await cartHeaders();
  try {
    const cart = await getCart(sdk, headers);
    if (cart?.items?.some((line) => line.id === lineId)) {
      await sdk.client.fetch(`/store/carts/${cart.id}/line-items/${lineId}`, {
        method: "DELETE",
        headers,
        signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
      });
    }
    refresh();
    return { status: "removed" };
  } catch (error) {
    console.error(`[remove cart line] ${describe(error)}`);
    return { status: "unavailable", quantity: "" };
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

