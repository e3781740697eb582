// The buyer's cart: its id in an httpOnly cookie, and every store API call that reads or changes it.
// Server only (it reads cookies). Calls pass the signed-in buyer's token each time, so the cart and
// its order belong to the customer.
import type { HttpTypes } from "@medusajs/types";
import { cookies } from "next/headers";
import { orderableQuantity, type StockState, stockState } from "./cart-quantity";
import { sessionToken } from "./customer";
import { PRODUCT_FIELDS, type ProductListResponse, presentProduct } from "./products";
import { loadFromStore, type StoreResult } from "./store";
import { isRefusal, type StoreClient } from "./store-api";
import type { Product, Region } from "./types";

export type Cart = HttpTypes.StoreCart;
export type CartLine = HttpTypes.StoreCartLineItem;

export const CART_COOKIE = "ocop_cart";

/** A month: long enough to come back to a cart, short enough not to find a stale one. */
const CART_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 30;

/** Everything the cart, checkout and review show, on top of Medusa's default cart fields. */
const CART_FIELDS = [
  "*items",
  "*items.variant",
  "*items.product",
  "*shipping_address",
  "*shipping_methods",
  "*payment_collection",
  "*payment_collection.payment_sessions",
  "+completed_at",
].join(",");

/**
 * The cart's lines and nothing else (no totals, products or payment): what the cart's and checkout's
 * actions read before they write, and the header's count. Medusa computes no totals for it.
 */
export const CART_LINE_FIELDS = [
  "id",
  "completed_at",
  "items.id",
  "items.variant_id",
  "items.product_id",
  "items.quantity",
  "items.title",
  "items.product_title",
  "items.variant_title",
].join(",");

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value || undefined;
}

/** Remembers the cart for this browser; only server actions and route handlers may call it. */
export async function setCartId(cartId: string): Promise<void> {
  (await cookies()).set(CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: CART_COOKIE_MAX_AGE_SECONDS,
  });
}

/** Forgets the cart, after its order is placed. */
export async function clearCartId(): Promise<void> {
  (await cookies()).delete(CART_COOKIE);
}

export type CartPage = { cart: Cart | null; products: Map<string, Product>; region: Region };

/** The cart and its lines' products for the cart and checkout pages, or why they cannot be shown. */
export function loadCartPage(what: string): Promise<StoreResult<CartPage>> {
  return loadFromStore(what, async (medusa, region) => {
    const cart = await getCart(medusa, await sessionToken());
    const products = cart ? await getLineProducts(medusa, cart, region.id) : new Map<string, Product>();
    return { cart, products, region };
  });
}

/**
 * The cart with this id, or null when the backend no longer knows it or its order was placed.
 * `fields` (which must hold completed_at) narrows what is read: every page shows CART_FIELDS.
 */
export async function retrieveCart(medusa: StoreClient, cartId: string, token?: string, fields = CART_FIELDS): Promise<Cart | null> {
  try {
    const { cart } = await medusa.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${encodeURIComponent(cartId)}`, {
      query: { fields },
      token,
    });
    return cart.completed_at ? null : cart;
  } catch (error) {
    if (isRefusal(error, 404)) return null;
    throw error;
  }
}

/** The cart named by this browser's cookie, or null. */
export async function getCart(medusa: StoreClient, token?: string, fields = CART_FIELDS): Promise<Cart | null> {
  const cartId = await getCartId();
  return cartId ? retrieveCart(medusa, cartId, token, fields) : null;
}

/**
 * A new cart in `region` holding its first line, remembered in the cookie: one request, as Medusa
 * makes a cart with its items (the backend's buying rules hold for them as for an added line).
 */
export async function createCartWithLine(
  medusa: StoreClient,
  region: Region,
  token: string | undefined,
  line: { variant_id: string; quantity: number },
  fields: string,
): Promise<Cart> {
  const { cart } = await medusa.fetch<HttpTypes.StoreCartResponse>("/store/carts", {
    method: "POST",
    body: { region_id: region.id, items: [line] },
    query: { fields },
    token,
  });
  await setCartId(cart.id);
  return cart;
}

/** How many packs the cart holds, all lines together. */
export function cartItemCount(cart: { items?: { quantity: number }[] | null } | null): number {
  return (cart?.items ?? []).reduce((sum, line) => sum + line.quantity, 0);
}

/** How many of this variant the cart already holds. */
export function quantityInCart(
  cart: { items?: { variant_id?: string | null; quantity: number }[] | null } | null,
  variantId: string,
): number {
  return (cart?.items ?? []).filter((line) => line.variant_id === variantId).reduce((sum, line) => sum + line.quantity, 0);
}

/**
 * The products of the cart's lines as the catalogue shows them (photos, producer) with stock read
 * now, not from the page cache: the cart and checkout must show what can still be bought.
 */
export async function getLineProducts(
  medusa: StoreClient,
  cart: { items?: { product_id?: string | null }[] | null },
  regionId: string,
): Promise<Map<string, Product>> {
  const ids = [...new Set((cart.items ?? []).flatMap((line) => (line.product_id ? [line.product_id] : [])))];
  if (ids.length === 0) return new Map();
  const { products } = await medusa.fetch<ProductListResponse>("/store/products", {
    query: { id: ids, region_id: regionId, fields: PRODUCT_FIELDS, limit: ids.length },
  });
  return new Map(products.map((product) => [product.id, presentProduct(product)]));
}

/** One product with the stock of its variants as of now, for the checks before a line is added. */
export async function getProductStock(medusa: StoreClient, productId: string, regionId: string): Promise<Product | null> {
  const products = await getLineProducts(medusa, { items: [{ product_id: productId }] }, regionId);
  return products.get(productId) ?? null;
}

export type LineStock = {
  /** The most this line may hold now, the other lines of the same variant taken into account. */
  max: number;
  /** Whether the line holds more than can be bought: it must be lowered before checkout. */
  exceedsStock: boolean;
  state: StockState;
};

/** What the stock allows for each line of the cart, by line id; a line whose product is gone may hold 0. */
export function lineStock(cart: Pick<Cart, "items">, products: ReadonlyMap<string, Pick<Product, "id" | "variants">>): Map<string, LineStock> {
  const stock = new Map<string, LineStock>();
  for (const line of cart.items ?? []) {
    const variant = products.get(line.product_id ?? "")?.variants?.find((candidate) => candidate.id === line.variant_id);
    const others = quantityInCart(cart, line.variant_id ?? "") - line.quantity;
    const max = variant ? Math.max(0, orderableQuantity(variant) - others) : 0;
    stock.set(line.id, {
      max,
      exceedsStock: line.quantity > max,
      state: variant ? stockState(variant) : { kind: "out_of_stock" },
    });
  }
  return stock;
}
