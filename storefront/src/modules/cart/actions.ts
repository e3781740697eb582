"use server";
// Server actions that change the cart: add from the buy box, change a line's quantity, remove a line.
// Each answers with a state the form shows (and keeps what the buyer typed); none throws at the buyer.
import { FetchError } from "@medusajs/js-sdk";
import { revalidatePath } from "next/cache";
import {
  cartItemCount,
  getCart,
  getOrCreateCart,
  getProductStock,
  getStoreRegion,
  quantityInCart,
  storeHeaders,
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
  const headers = storeHeaders();
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
    revalidatePath("/[locale]/cart", "page");
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

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

