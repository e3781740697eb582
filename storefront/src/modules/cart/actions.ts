"use server";
// Server actions that change the cart: add from the buy box, change a line's quantity, remove a line.
// Each answers with a state the form shows (and keeps what the buyer typed); none throws at the buyer.
import type { HttpTypes } from "@medusajs/types";
import { MAX_LINE_QUANTITY } from "@ocop/domain/cart-limits";
import { ERROR_CODES } from "@ocop/domain/errors";
import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formLocale } from "@/i18n/routing";
import { CART_LINE_FIELDS, type Cart, type CartLine, cartItemCount, createCartWithLine, getCart, getProductStock, quantityInCart } from "@/lib/cart";
import { checkQuantity, orderableQuantity, type QuantityProblem } from "@/lib/cart-quantity";
import { sessionToken } from "@/lib/customer";
import { getMedusa } from "@/lib/medusa";
import { getStoreRegion } from "@/lib/regions";
import { describeError, StoreApiError, type StoreClient } from "@/lib/store-api";

/** What adding to the cart came to, before it is put in words. */
type AddToCartOutcome =
  | { status: "added"; variantId: string; quantity: number; cartCount: number; addedAt: number }
  | { status: "invalid"; variantId: string; quantity: string; problem: QuantityProblem; max: number; inCart: number }
  | { status: "gone"; variantId: string; quantity: string }
  | { status: "unavailable"; variantId: string; quantity: string };

/**
 * What the buy box shows, its sentence already in the buyer's language (the form's `locale`), so
 * the product page's script carries no message formatter; once added, the header's cart link's
 * new label comes with it.
 */
export type AddToCartState =
  | { status: "idle" }
  | (Exclude<AddToCartOutcome, { status: "added" }> & { message: string })
  | (Extract<AddToCartOutcome, { status: "added" }> & { message: string; cartLabel: string });

/**
 * What the backend's refusal of a line means for the buyer, by its code: the stock ran out
 * meanwhile, the line would pass the most one line may hold (another tab added some), or the
 * product is no longer sold. Anything else is the backend failing.
 */
function lineRefusal(error: unknown): "out_of_stock" | "above_limit" | "gone" | null {
  if (!(error instanceof StoreApiError)) return null;
  switch (error.code) {
    case ERROR_CODES.insufficientInventory:
      return "out_of_stock";
    case ERROR_CODES.quantityAboveLimit:
      return "above_limit";
    case ERROR_CODES.producerNotApproved:
      return "gone";
    default:
      return null;
  }
}

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** Adds the chosen pack to the cart, after checking the quantity against the stock as of now. */
export async function addToCart(_previous: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const outcome = await addPack(formData);
  const locale = formLocale(formData);
  const t = await getTranslations({ locale, namespace: "BuyBox" });
  switch (outcome.status) {
    case "added": {
      const tCart = await getTranslations({ locale, namespace: "HeaderCart" });
      return { ...outcome, message: t("added", { quantity: outcome.quantity }), cartLabel: tCart("cartCount", { count: outcome.cartCount }) };
    }
    case "gone":
      return { ...outcome, message: t("gone") };
    case "unavailable":
      return { ...outcome, message: t("unavailable") };
    case "invalid":
      return { ...outcome, message: problemText(t, outcome) };
  }
}

function problemText(t: Awaited<ReturnType<typeof getTranslations<"BuyBox">>>, problem: Extract<AddToCartOutcome, { status: "invalid" }>): string {
  switch (problem.problem) {
    case "not_a_number":
      return t("notANumber");
    case "too_small":
      return t("tooSmall");
    case "too_large":
      return problem.inCart > 0 ? t("tooLargeWithCart", { max: problem.max, inCart: problem.inCart }) : t("tooLarge", { max: problem.max });
    case "out_of_stock":
      return problem.inCart > 0 ? t("allInCart", { inCart: problem.inCart }) : t("soldOutNow");
  }
}

async function addPack(formData: FormData): Promise<AddToCartOutcome> {
  const productId = field(formData, "productId");
  const variantId = field(formData, "variantId");
  const typed = field(formData, "quantity");
  const kept = { variantId, quantity: typed };

  const medusa = await getMedusa();
  if (!medusa) return { status: "unavailable", ...kept };
  const token = await sessionToken();
  let inCart = 0;
  try {
    const region = await getStoreRegion(medusa);
    const [product, existing] = await Promise.all([
      getProductStock(medusa, productId, region.id),
      getCart(medusa, token, CART_LINE_FIELDS),
    ]);
    const variant = product?.variants?.find((candidate) => candidate.id === variantId);
    if (!variant) return { status: "gone", ...kept };

    inCart = quantityInCart(existing, variantId);
    const check = checkQuantity(typed, orderableQuantity(variant) - inCart);
    if (!check.ok) return { status: "invalid", ...kept, problem: check.problem, max: check.max, inCart };

    const line = { variant_id: variantId, quantity: check.quantity };
    const updated = existing
      ? (
          await medusa.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${existing.id}/line-items`, {
            method: "POST",
            body: line,
            query: { fields: "items.quantity" },
            token,
          })
        ).cart
      : await createCartWithLine(medusa, region, token, line, "items.quantity");
    return {
      status: "added",
      variantId,
      quantity: check.quantity,
      cartCount: cartItemCount(updated),
      addedAt: Date.now(),
    };
  } catch (error) {
    const refusal = lineRefusal(error);
    if (refusal === "out_of_stock") return { status: "invalid", ...kept, problem: "out_of_stock", max: 0, inCart: 0 };
    if (refusal === "above_limit") {
      return { status: "invalid", ...kept, problem: "too_large", max: Math.max(0, MAX_LINE_QUANTITY - inCart), inCart };
    }
    if (refusal === "gone") return { status: "gone", ...kept };
    console.error(`[add to cart] ${describeError(error)}`);
    return { status: "unavailable", ...kept };
  }
}

export type LineState =
  | { status: "idle" }
  | { status: "updated"; quantity: number; changedAt: number }
  | { status: "removed" }
  | { status: "invalid"; quantity: string; problem: QuantityProblem; max: number }
  | { status: "unavailable"; quantity: string };

/**
 * Sets a line's quantity. What the buyer typed is checked at once; the stock is the backend's to
 * check as it writes, and is read only to say how many are left when it refuses.
 */
export async function updateLineQuantity(_previous: LineState, formData: FormData): Promise<LineState> {
  const lineId = field(formData, "lineId");
  const typed = field(formData, "quantity");
  const medusa = await getMedusa();
  if (!medusa) return { status: "unavailable", quantity: typed };
  const token = await sessionToken();
  let cart: Cart | null = null;
  let line: CartLine | undefined;
  try {
    cart = await getCart(medusa, token, CART_LINE_FIELDS);
    line = cart?.items?.find((candidate) => candidate.id === lineId);
    if (!cart || !line) return { status: "removed" };
    const othersInCart = quantityInCart(cart, line.variant_id ?? "") - line.quantity;
    const check = checkQuantity(typed, MAX_LINE_QUANTITY - othersInCart);
    if (!check.ok && check.problem === "too_large") return await stockRefusal(medusa, cart, line, typed);
    if (!check.ok) return { status: "invalid", quantity: typed, problem: check.problem, max: check.max };
    await medusa.fetch(`/store/carts/${cart.id}/line-items/${lineId}`, {
      method: "POST",
      body: { quantity: check.quantity },
      query: { fields: "id" },
      token,
    });
    refresh();
    return { status: "updated", quantity: check.quantity, changedAt: Date.now() };
  } catch (error) {
    const refusal = lineRefusal(error);
    if (refusal === "above_limit") return { status: "invalid", quantity: typed, problem: "too_large", max: MAX_LINE_QUANTITY };
    // Refused for the stock, or for a product no longer sold (which may hold none): say what is left.
    if (cart && line && error instanceof StoreApiError && error.status === 400) {
      try {
        return await stockRefusal(medusa, cart, line, typed);
      } catch (lookup) {
        console.error(`[update cart line] ${describeError(lookup)}`);
      }
    }
    console.error(`[update cart line] ${describeError(error)}`);
    return { status: "unavailable", quantity: typed };
  }
}

/** The refusal of `typed` for this line by the stock as of now (the line's own packs included). */
async function stockRefusal(medusa: StoreClient, cart: Cart, line: CartLine, typed: string): Promise<LineState> {
  const region = await getStoreRegion(medusa);
  const product = line.product_id ? await getProductStock(medusa, line.product_id, region.id) : null;
  const variant = product?.variants?.find((candidate) => candidate.id === line.variant_id);
  const othersInCart = quantityInCart(cart, line.variant_id ?? "") - line.quantity;
  const check = checkQuantity(typed, (variant ? orderableQuantity(variant) : 0) - othersInCart);
  // The stock read now allows it, yet the backend refused: none can be had just now.
  if (check.ok) return { status: "invalid", quantity: typed, problem: "out_of_stock", max: 0 };
  return { status: "invalid", quantity: typed, problem: check.problem, max: check.max };
}

/** Takes a line out of the cart. */
export async function removeLine(_previous: LineState, formData: FormData): Promise<LineState> {
  const lineId = field(formData, "lineId");
  const medusa = await getMedusa();
  if (!medusa) return { status: "unavailable", quantity: "" };
  const token = await sessionToken();
  try {
    const cart = await getCart(medusa, token, CART_LINE_FIELDS);
    if (cart?.items?.some((line) => line.id === lineId)) {
      await medusa.fetch(`/store/carts/${cart.id}/line-items/${lineId}`, { method: "DELETE", token });
    }
    refresh();
    return { status: "removed" };
  } catch (error) {
    console.error(`[remove cart line] ${describeError(error)}`);
    return { status: "unavailable", quantity: "" };
  }
}

