// Checkout's rules: what the form holds, how it is checked (contact, 2025 address, shipping,
// payment), and the store API calls that turn a checked form into a cart ready to be ordered.
import type { HttpTypes } from "@medusajs/types";
import { type Cart, type CartPage, getCart, getLineProducts } from "./cart";
import { CHECKOUT_FIELDS, type CheckoutErrors, type CheckoutValues } from "./checkout-form";
import { type PaymentChoice, paymentChoices } from "./checkout-payment";
import { type Customer, fullName, getCustomer, sessionToken } from "./customer";
import { checkDeliveryAddress, type DeliveryAddress } from "./delivery-address";
import { emailProblem, normalizeEmail, onlyProblems } from "./form-rules";
import { loadFromStore, type StoreResult } from "./store";
import type { StoreClient } from "./store-api";

export type CheckedCheckout = {
  email: string;
  address: DeliveryAddress;
  shippingOptionId: string;
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
 */
export function checkCheckout(
  values: CheckoutValues,
  offered: { shippingOptionIds: readonly string[]; paymentProviderIds: readonly string[] },
): CheckoutCheck {
  const email = normalizeEmail(values.email);
  const address = checkDeliveryAddress(values);
  const offeredChoice = (value: string, ids: readonly string[]) => (!value ? "required" : ids.includes(value) ? undefined : "unknown_option");
  const errors = onlyProblems<keyof CheckoutValues>({
    email: emailProblem(email),
    ...(address.ok ? {} : address.errors),
    shippingOptionId: offeredChoice(values.shippingOptionId, offered.shippingOptionIds),
    paymentProviderId: offeredChoice(values.paymentProviderId, offered.paymentProviderIds),
  });
  if (!address.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    checkout: {
      email,
      address: address.address,
      shippingOptionId: values.shippingOptionId,
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

  const fromCart: Partial<CheckoutValues> = {
    ...(cart.shipping_address?.address_1 ? addressValues(cart.shipping_address) : {}),
    ...(cart.email ? { email: cart.email } : {}),
    ...(cart.shipping_methods?.[0]?.shipping_option_id ? { shippingOptionId: cart.shipping_methods[0].shipping_option_id } : {}),
  };
  const session = cart.payment_collection?.payment_sessions?.[0];
  if (session) fromCart.paymentProviderId = session.provider_id;

  const values = { ...EMPTY_CHECKOUT };
  for (const field of CHECKOUT_FIELDS) values[field] = fromCart[field] || fromCustomer[field] || "";
  return values;
}

// ---------------------------------------------------------------------------------------------
// Shipping options

export type ShippingChoice = {
  id: string;
  name: string;
  /** "standard", "express", "pickup": the backend's option type codes, which the shop words itself. */
  code: string | null;
  description: string | null;
  /** Integer VND. */
  amount: number;
  isPickup: boolean;
  /** For a pickup: where to collect. */
  pickupAddress: string | null;
};

/** What the shop keeps in a shipping method's `data`: the option's code and, for a pickup, where. */
export type ShippingMethodData = { code: string | null; pickup_address: string | null };

type StoreShippingOption = HttpTypes.StoreCartShippingOption & {
  type?: { code?: string | null; label?: string | null; description?: string | null } | null;
  service_zone?: {
    fulfillment_set?: {
      type?: string | null;
      location?: { address?: { address_1?: string | null; city?: string | null; province?: string | null } | null } | null;
    } | null;
  } | null;
};

const SHIPPING_FIELDS = [
  "+type.code",
  "+type.label",
  "+type.description",
  "+service_zone.fulfillment_set.type",
  "+service_zone.fulfillment_set.location.address.*",
].join(",");

/** Delivery first, cheapest first; pickups last. */
export function toShippingChoices(options: readonly StoreShippingOption[]): ShippingChoice[] {
  return options
    .map((option) => {
      const isPickup = option.service_zone?.fulfillment_set?.type === "pickup" || option.type?.code === "pickup";
      const address = option.service_zone?.fulfillment_set?.location?.address;
      return {
        id: option.id,
        name: option.name,
        code: option.type?.code ?? null,
        description: option.type?.description ?? null,
        amount: option.calculated_price?.calculated_amount ?? option.amount ?? 0,
        isPickup,
        pickupAddress: isPickup && address ? [address.address_1, address.city, address.province].filter(Boolean).join(", ") : null,
      };
    })
    .toSorted((a, b) => Number(a.isPickup) - Number(b.isPickup) || a.amount - b.amount);
}

export async function listShippingChoices(medusa: StoreClient, cartId: string, token?: string): Promise<ShippingChoice[]> {
  const { shipping_options } = await medusa.fetch<{ shipping_options: StoreShippingOption[] }>("/store/shipping-options", {
    query: { cart_id: cartId, fields: SHIPPING_FIELDS },
    token,
  });
  return toShippingChoices(shipping_options);
}

export async function listPaymentProviderIds(medusa: StoreClient, regionId: string, token?: string): Promise<string[]> {
  const { payment_providers } = await medusa.fetch<HttpTypes.StorePaymentProviderListResponse>("/store/payment-providers", {
    query: { region_id: regionId },
    token,
  });
  return payment_providers.map((provider) => provider.id);
}

// ---------------------------------------------------------------------------------------------
// The checkout page's data

export type CheckoutPage = CartPage & {
  shipping: ShippingChoice[];
  payment: PaymentChoice[];
  customer: Customer | null;
};

export function loadCheckoutPage(): Promise<StoreResult<CheckoutPage>> {
  return loadFromStore("checkout", async (medusa, region) => {
    const token = await sessionToken();
    const [cart, customer] = await Promise.all([getCart(medusa, token), getCustomer()]);
    if (!cart || (cart.items?.length ?? 0) === 0) {
      return { cart, products: new Map(), region, shipping: [], payment: [], customer };
    }
    const [products, shipping, providerIds] = await Promise.all([
      getLineProducts(medusa, cart, region.id),
      listShippingChoices(medusa, cart.id, token),
      listPaymentProviderIds(medusa, region.id, token),
    ]);
    return { cart, products, region, shipping, payment: paymentChoices(providerIds), customer };
  });
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
