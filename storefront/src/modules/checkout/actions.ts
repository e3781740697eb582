"use server";
// Checkout's server actions: save the details to the cart (then show the review), and place the
// order. Refusals come back as states the forms show, with everything the buyer typed.
import type { HttpTypes } from "@medusajs/types";
import { type Commune, findProvince } from "@ocop/domain/admin-units";
import { ERROR_CODES } from "@ocop/domain/errors";
import { redirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";
import { formLocale, type Locale, } from "@/i18n/routing";
import { CART_LINE_FIELDS, type Cart, clearCartId, getCart, getCartId, getLineProducts, lineStock } from "@/lib/cart";
import { checkCheckout, listPaymentChoices, listShippingChoices, readCheckoutForm } from "@/lib/checkout";
import { type CheckoutErrors, type CheckoutValues, PROVINCE_INTENT } from "@/lib/checkout-form";
import { sessionToken } from "@/lib/customer";
import type { DeliveryAddress } from "@/lib/delivery-address";
import { addressRefusal } from "@/lib/form-rules";
import { productTitle } from "@/lib/localized";
import { getMedusa } from "@/lib/medusa";
import { keepOrderAccess } from "@/lib/order-access";
import { placeCartOrder } from "@/lib/place-order";
import { getStoreRegion } from "@/lib/regions";
import { describeError, isRefusal, type StoreClient, StoreApiError } from "@/lib/store-api";

export type DetailsState = {
  status: "idle" | "invalid" | "province_chosen" | "unavailable";
  values: CheckoutValues;
  errors: CheckoutErrors;
  /** The communes of values.provinceCode, so a re-render without JavaScript can list them. */
  communes: readonly Commune[];
  submittedAt: number;
};


/** Saves contact, address (a pickup's is the pickup point's), shipping and payment to the cart, then shows the review. */
export async function saveCheckoutDetails(_previous: DetailsState, formData: FormData): Promise<DetailsState> {
  const locale = formLocale(formData);
  const values = readCheckoutForm(formData);
  const communes = findProvince(values.provinceCode)?.communes ?? [];
  const answer = (status: DetailsState["status"], errors: CheckoutErrors = {}): DetailsState => ({
    status,
    values,
    errors,
    communes,
    submittedAt: Date.now(),
  });

  if (formData.get("intent") === PROVINCE_INTENT) {
    // Without JavaScript: the province changed, so list its communes and keep everything else.
    if (!communes.some((commune) => commune.code === values.communeCode)) values.communeCode = "";
    return answer("province_chosen");
  }

  const medusa = await getMedusa();
  if (!medusa) return answer("unavailable");
  let cart: Cart | null = null;
  try {
    const token = await sessionToken();
    const cartId = await getCartId();
    // The cart and what it is offered are read at once, by the id in the cookie; a cart the backend
    // no longer opens (ordered meanwhile) offers nothing.
    const [found, shipping, payment] = cartId
      ? await Promise.all([
          getCart(medusa, token, CHECKOUT_ACTION_FIELDS),
          unlessGone(listShippingChoices(medusa, cartId, token)),
          unlessGone(listPaymentChoices(medusa, cartId, token)),
        ])
      : [null, null, null];
    cart = found;
    if (cart && (cart.items?.length ?? 0) > 0) {
      if (!shipping || !payment) return answer("unavailable");
      const check = checkCheckout(values, { shipping, payment });
      if (!check.ok) return answer("invalid", check.errors);

      const refused = await saveToCart(medusa, cart, token, {
        email: check.checkout.email,
        address: check.checkout.address,
        deliveryKind: check.checkout.deliveryKind,
        paymentProviderId: check.checkout.paymentProviderId,
      });
      if (refused) return answer("invalid", refused);
    }
  } catch (error) {
    console.error(`[checkout details] ${describeError(error)}`);
    return answer("unavailable");
  }
  // An empty or finished cart has nothing to check out: the cart page says so.
  if (!cart || (cart.items?.length ?? 0) === 0) redirect(getPathname({ href: "/cart", locale }));
  redirect(`${getPathname({ href: "/checkout", locale })}?step=review`);
}

/** What the details step reads of the cart before it writes: its lines and its payment collection. */
const CHECKOUT_ACTION_FIELDS = `${CART_LINE_FIELDS},payment_collection.id`;

/** The answer of a read about the cart, or null when the backend no longer knows the cart (404). */
async function unlessGone<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (isRefusal(error, 404)) return null;
    throw error;
  }
}

type CartDetails = {
  email: string;
  address: DeliveryAddress;
  deliveryKind: string;
  paymentProviderId: string;
};

/** Writes the details to the cart; returns the fields the backend refused, if it refused any. */
async function saveToCart(medusa: StoreClient, cart: Cart, token: string | undefined, details: CartDetails): Promise<CheckoutErrors | null> {
  try {
    await medusa.fetch(`/store/carts/${cart.id}`, {
      method: "POST",
      body: { email: details.email, shipping_address: details.address, billing_address: details.address },
      query: { fields: "id" },
      token,
    });
  } catch (error) {
    // The backend checks the address again (@ocop/domain/address), and its code names the part it refused.
    const refused = error instanceof StoreApiError ? addressRefusal(error.code) : null;
    if (refused) return refused;
    throw error;
  }
  // One shipping method per producer's parcel, of the kind chosen; the backend keeps the kind and,
  // for a pickup, where, on each method, so the confirmation words it in the buyer's language.
  await medusa.fetch(`/store/carts/${cart.id}/delivery`, { method: "POST", body: { kind: details.deliveryKind }, token });

  const collectionId =
    cart.payment_collection?.id ??
    (
      await medusa.fetch<HttpTypes.StorePaymentCollectionResponse>("/store/payment-collections", {
        method: "POST",
        body: { cart_id: cart.id },
        token,
      })
    ).payment_collection.id;
  try {
    await medusa.fetch(`/store/payment-collections/${collectionId}/payment-sessions`, {
      method: "POST",
      body: { provider_id: details.paymentProviderId },
      token,
    });
  } catch (error) {
    // The delivery just chosen may lift the total over cash on delivery's ceiling.
    if (error instanceof StoreApiError && (error.code === ERROR_CODES.codAboveCeiling || error.code === ERROR_CODES.paymentNotAvailable)) {
      return { paymentProviderId: error.code };
    }
    throw error;
  }
  return null;
}

export type ShortLine = { lineId: string; title: string; pack: string; quantity: number; available: number };

export type PlaceOrderState =
  | { status: "idle" }
  | { status: "stock"; lines: ShortLine[] }
  | { status: "refused" }
  /** Another checkout held the cart or its packs, even when asked again: nothing was placed, try again. */
  | { status: "busy" }
  /** No answer to the completion, even when asked again: the order may be placed, so nothing is said to have failed. */
  | { status: "unconfirmed" }
  | { status: "unavailable" };

/** Places the order; on success keeps its access token for this browser, forgets the cart and opens the confirmation. */
export async function placeOrder(previous: PlaceOrderState, formData: FormData): Promise<PlaceOrderState> {
  const locale = formLocale(formData);
  // After an unconfirmed completion, a shop that cannot be reached says nothing new of that order.
  const unavailable: PlaceOrderState = { status: previous.status === "unconfirmed" ? "unconfirmed" : "unavailable" };
  const medusa = await getMedusa();
  if (!medusa) return unavailable;
  let orderId: string | null = null;
  try {
    const token = await sessionToken();
    const cart = await getCart(medusa, token, CART_LINE_FIELDS);
    if (cart && (cart.items?.length ?? 0) > 0) {
      // The backend checks the stock as it places the order; the lines short of it are read only after a refusal.
      const completion = await placeCartOrder(medusa, cart.id, token);
      if (completion.status === "placed") orderId = completion.orderId;
      else if (completion.status === "busy" || completion.status === "unconfirmed") {
        console.error(`[place order] cart ${cart.id}: ${completion.status}`);
        return { status: completion.status };
      } else {
        // Someone bought the last packs between the check and the order: say which line.
        console.error(
          `[place order] ${completion.status === "kept" ? `the backend kept the cart: ${completion.message}` : `refused: ${describeError(completion.error)}`}`,
        );
        const region = await getStoreRegion(medusa);
        const after = await shortLines(medusa, cart, region.id, locale);
        return after.length > 0 ? { status: "stock", lines: after } : { status: "refused" };
      }
    } else if (!cart) {
      // Pressed again after an unconfirmed completion, the cart may be an order by now: its completion answers with it.
      const cartId = await getCartId();
      const completion = cartId ? await placeCartOrder(medusa, cartId, token) : null;
      if (completion?.status === "placed") orderId = completion.orderId;
      else if (completion?.status === "busy" || completion?.status === "unconfirmed") return { status: completion.status };
    }
  } catch (error) {
    console.error(`[place order] ${describeError(error)}`);
    return unavailable;
  }
  if (!orderId) redirect(getPathname({ href: "/cart", locale }));
  await keepOrderAccess(medusa, orderId);
  await clearCartId();
  redirect(getPathname({ href: { pathname: "/orders/[id]", params: { id: orderId } }, locale }));
}

/** The lines that hold more than the stock now allows, with what is available. */
async function shortLines(medusa: StoreClient, cart: Cart, regionId: string, locale: Locale): Promise<ShortLine[]> {
  const products = await getLineProducts(medusa, cart, regionId);
  const stock = lineStock(cart, products);
  return (cart.items ?? []).flatMap((line) => {
    const limit = stock.get(line.id);
    if (!limit?.exceedsStock) return [];
    const product = products.get(line.product_id ?? "");
    const variant = product?.variants?.find((candidate) => candidate.id === line.variant_id);
    return [
      {
        lineId: line.id,
        title: product ? productTitle(product, locale) : (line.product_title ?? line.title),
        pack: (locale === "en" && variant?.metadata?.title_en) || line.variant_title || "",
        quantity: line.quantity,
        available: limit.max,
      },
    ];
  });
}
