// Checkout's rules: what the form holds, how it is checked (contact, 2025 address, shipping,
// payment), and the store API calls that turn a checked form into a cart ready to be ordered.
import { type Cart, type CartPage, getCart, getLineProducts } from "./cart";
import { CHECKOUT_FIELDS, type CheckoutErrors, type CheckoutValues } from "./checkout-form";
import { type PaymentChoice, type PaymentMethod, paymentChoices, paymentMethodOf, type StorePaymentChoice } from "./checkout-payment";
import { type Customer, fullName, getCustomer, sessionToken } from "./customer";
import { checkDeliveryAddress, checkPickupContact, type DeliveryAddress } from "./delivery-address";
import { emailProblem, normalizeEmail, onlyProblems } from "./form-rules";
import { runtimeEnv } from "./medusa";
import { isPickupAddress, type PickupPoint, type StorePickupPoint, toPickupPoint } from "./pickup-point";
import { loadFromStore, type StoreResult } from "./store";
import type { StoreClient } from "./store-api";

export type CheckedCheckout = {
  email: string;
  address: DeliveryAddress;
  deliveryKind: string;
  paymentProviderId: string;
};

export type CheckoutCheck = { ok: true; checkout: CheckedCheckout } | { ok: false; errors: CheckoutErrors };

export const EMPTY_CHECKOUT: CheckoutValues = Object.fromEntries(CHECKOUT_FIELDS.map((field) => [field, ""])) as CheckoutValues;

export function readCheckoutForm(formData: FormData): CheckoutValues {
  const values = { ...EMPTY_CHECKOUT };
  for (const field of CHECKOUT_FIELDS) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value.normalize("NFC").trim() : "";
  }
  return values;
}

/**
 * Checks the form against the 2025 units and the shipping options and payment providers the
 * store offers this cart. The backend checks the address again; these checks give the words.
 * A pickup needs no address: the cart gets the pickup point's, with the buyer's name and phone,
 * and whatever address fields the form still holds are neither checked nor saved.
 */
export function checkCheckout(
  values: CheckoutValues,
  offered: { shipping: readonly Pick<ShippingChoice, "id" | "pickupPoint">[]; payment: readonly PaymentChoice[] },
): CheckoutCheck {
  const email = normalizeEmail(values.email);
  const pickupPoint = offered.shipping.find((choice) => choice.id === values.deliveryKind)?.pickupPoint;
  const address = pickupPoint ? checkPickupContact(values, pickupPoint) : checkDeliveryAddress(values);
  const offeredChoice = (value: string, ids: readonly string[]) => (!value ? "required" : ids.includes(value) ? undefined : "unknown_option");
  const errors = onlyProblems<keyof CheckoutValues>({
    email: emailProblem(email),
    ...(address.ok ? {} : address.errors),
    deliveryKind: offeredChoice(values.deliveryKind, offered.shipping.map((choice) => choice.id)),
    paymentProviderId:
      offered.payment.find((choice) => choice.providerId === values.paymentProviderId)?.problem ??
      offeredChoice(
        values.paymentProviderId,
        offered.payment.flatMap((choice) => (choice.available ? [choice.providerId] : [])),
      ),
  });
  if (!address.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    checkout: {
      email,
      address: address.address,
      deliveryKind: values.deliveryKind,
      paymentProviderId: values.paymentProviderId,
    },
  };
}

type SavedAddress = {
  first_name?: string | null;
  last_name?: string | null;
  phone?: string | null;
  address_1?: string | null;
  metadata?: Record<string, unknown> | null;
};

function addressValues(address: SavedAddress | null | undefined): Partial<CheckoutValues> {
  if (!address) return {};
  const code = (value: unknown) => (typeof value === "string" ? value : "");
  return {
    fullName: fullName(address),
    phone: address.phone ?? "",
    street: address.address_1 ?? "",
    provinceCode: code(address.metadata?.province_code),
    communeCode: code(address.metadata?.commune_code),
  };
}

/** Fills the form from what the cart already holds, else from the signed-in customer's account. */
export function prefillCheckout(
  cart: Pick<Cart, "email" | "shipping_address" | "shipping_methods" | "payment_collection">,
  customer: Customer | null,
): CheckoutValues {
  const fromCustomer: Partial<CheckoutValues> = customer
    ? {
        ...addressValues(customer.addresses.find((address) => address.is_default_shipping) ?? customer.addresses[0]),
        email: customer.email,
      }
    : {};
  if (customer && !fromCustomer.fullName) {
    fromCustomer.fullName = fullName(customer);
  }
  if (customer?.phone && !fromCustomer.phone) fromCustomer.phone = customer.phone;

  const cartAddress = cart.shipping_address;
  const fromCartAddress = cartAddress?.address_1 ? addressValues(cartAddress) : {};
  const fromCart: Partial<CheckoutValues> = {
    ...(isPickupAddress(cartAddress) ? { fullName: fromCartAddress.fullName, phone: fromCartAddress.phone } : fromCartAddress),
    ...(cart.email ? { email: cart.email } : {}),
  };
  const deliveryKind = chosenDeliveryKind(cart);
  if (deliveryKind) fromCart.deliveryKind = deliveryKind;
  const session = cart.payment_collection?.payment_sessions?.[0];
  if (session) fromCart.paymentProviderId = session.provider_id;

  const values = { ...EMPTY_CHECKOUT };
  for (const field of CHECKOUT_FIELDS) values[field] = fromCart[field] || fromCustomer[field] || "";
  return values;
}

// ---------------------------------------------------------------------------------------------
// Delivery: each producer ships its own parcel, but the buyer makes one choice for the cart

export type ShippingChoice = {
  /** "standard", "express", "pickup": the backend's delivery kinds, which the shop words itself. */
  id: string;
  name: string;
  description: string | null;
  /** Integer VND: every producer's parcel together. */
  amount: number;
  /** How many parcels (one per producer) the cart goes in. */
  parcels: number;
  isPickup: boolean;
  /** For a pickup: where to collect. */
  pickupPoint: PickupPoint | null;
};

/** GET /store/carts/:id/delivery: one choice per kind every parcel can have. */
type StoreDeliveryChoice = {
  kind: string;
  name: string;
  description: string | null;
  amount: number;
  pickup_point: StorePickupPoint | null;
  parcels: unknown[];
};

/** Delivery first, cheapest first; pickups last. */
export function toShippingChoices(choices: readonly StoreDeliveryChoice[]): ShippingChoice[] {
  return choices
    .map((choice) => ({
      id: choice.kind,
      name: choice.name,
      description: choice.description,
      amount: choice.amount,
      parcels: choice.parcels.length,
      isPickup: choice.pickup_point !== null,
      pickupPoint: choice.pickup_point ? toPickupPoint(choice.pickup_point) : null,
    }))
    .toSorted((a, b) => Number(a.isPickup) - Number(b.isPickup) || a.amount - b.amount);
}

export async function listShippingChoices(medusa: StoreClient, cartId: string, token?: string): Promise<ShippingChoice[]> {
  const { delivery_choices } = await medusa.fetch<{ delivery_choices: StoreDeliveryChoice[] }>(`/store/carts/${cartId}/delivery`, { token });
  return toShippingChoices(delivery_choices);
}

/** The delivery kind a cart's shipping methods were chosen with (the backend keeps it in their data). */
export function chosenDeliveryKind(cart: Pick<Cart, "shipping_methods">): string | undefined {
  const data = cart.shipping_methods?.[0]?.data as { code?: unknown } | null | undefined;
  return typeof data?.code === "string" ? data.code : undefined;
}

/** The ways this cart can be paid, each open or closed with the reason (cash on delivery above its ceiling). */
export async function listPaymentChoices(medusa: StoreClient, cartId: string, token?: string): Promise<PaymentChoice[]> {
  const { payment_choices } = await medusa.fetch<{ payment_choices: StorePaymentChoice[] }>(`/store/carts/${cartId}/payment`, { token });
  return paymentChoices(payment_choices, { cardPayments: cardPublishableKey() !== null });
}

/**
 * Stripe's publishable key, which draws the Payment Element in the buyer's browser; without it the
 * shop offers no cards. Read at request time, like the Medusa key (see medusa.ts).
 */
function cardPublishableKey(): string | null {
  return runtimeEnv("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY") || null;
}

/** What Stripe's Payment Element needs to take the card of the cart's payment session. */
export type CardPaymentSetup = {
  publishableKey: string;
  clientSecret: string;
  /** What the card is asked for, in whole đồng as the backend sent Stripe (VND has no minor unit). */
  amount: number;
};

/**
 * For a cart paid by card: the publishable key and the client secret of the PaymentIntent Medusa's
 * Stripe provider opened for its session. Null if either is missing (the key removed since).
 */
export function cardPaymentSetup(cart: Pick<Cart, "payment_collection">): CardPaymentSetup | null {
  const session = cart.payment_collection?.payment_sessions?.[0];
  const data = session?.data as { client_secret?: unknown } | null | undefined;
  const publishableKey = cardPublishableKey();
  if (!session || !publishableKey || typeof data?.client_secret !== "string") return null;
  return { publishableKey, clientSecret: data.client_secret, amount: session.amount };
}

// ---------------------------------------------------------------------------------------------
// The checkout page's data

export type CheckoutPage = CartPage & {
  /** The review, when it was asked for and the cart holds everything it shows; else the details form. */
  step: "details" | "review";
  /** The choices the details form offers; the review shows only the cart's own. */
  shipping: ShippingChoice[];
  payment: PaymentChoice[];
  customer: Customer | null;
};

export function loadCheckoutPage(wanted: "details" | "review"): Promise<StoreResult<CheckoutPage>> {
  return loadFromStore("checkout", async (medusa, region) => {
    const token = await sessionToken();
    const [cart, customer] = await Promise.all([getCart(medusa, token), getCustomer()]);
    if (!cart || (cart.items?.length ?? 0) === 0) {
      return { cart, products: new Map(), region, step: "details", shipping: [], payment: [], customer };
    }
    const step = wanted === "review" && readyForReview(cart) ? "review" : "details";
    const [products, shipping, payment] = await Promise.all([
      getLineProducts(medusa, cart, region.id),
      step === "details" ? listShippingChoices(medusa, cart.id, token) : [],
      step === "details" ? listPaymentChoices(medusa, cart.id, token) : [],
    ]);
    return { cart, products, region, step, shipping, payment, customer };
  });
}

/** How the cart's payment session pays, as checkout names it; a card only where the storefront can take one. */
export function chosenPaymentMethod(cart: Pick<Cart, "payment_collection">): PaymentMethod | null {
  const providerId = cart.payment_collection?.payment_sessions?.[0]?.provider_id;
  const method = providerId ? paymentMethodOf(providerId) : null;
  return method === "card" && cardPublishableKey() === null ? null : method;
}

/** Whether the cart holds everything the review step shows: contact, address, shipping and payment. */
export function readyForReview(
  cart: Pick<Cart, "email" | "shipping_address" | "shipping_methods" | "payment_collection">,
): boolean {
  return Boolean(
    cart.email &&
      cart.shipping_address?.address_1 &&
      (cart.shipping_methods?.length ?? 0) > 0 &&
      (cart.payment_collection?.payment_sessions?.length ?? 0) > 0,
  );
}
