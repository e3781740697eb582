// Checkout's rules: what the form holds, how it is checked (contact, 2025 address, shipping,
// payment), and the store API calls that turn a checked form into a cart ready to be ordered.
import type Medusa from "@medusajs/js-sdk";
import type { HttpTypes } from "@medusajs/types";
import { type Cart, type CartPage, cartHeaders, getCart, getLineProducts } from "./cart";
import { type PaymentChoice, paymentChoices } from "./checkout-payment";
import { type Customer, fullName, getCustomer } from "./customer";
import { STORE_API_TIMEOUT_MS } from "./medusa";
import { normalizePhone } from "./phone";
import { type Commune, findProvince, type Province } from "./provinces";
import { loadFromStore, type StoreResult } from "./store";
import { CHECKOUT_FIELDS, type CheckoutErrors, type CheckoutField, type CheckoutValues } from "./checkout-form";

export type CheckedCheckout = {
  email: string;
  /** "0912345678" */
  phone: string;
  fullName: string;
  province: Pick<Province, "code" | "name">;
  commune: Commune;
  street: string;
  shippingOptionId: string;
  paymentProviderId: string;
};

export type CheckoutCheck = { ok: true; checkout: CheckedCheckout } | { ok: false; errors: CheckoutErrors };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_TEXT = 200;

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
  const errors: CheckoutErrors = {};
  const text = (field: CheckoutField) => {
    if (!values[field]) errors[field] = "required";
    else if (values[field].length > MAX_TEXT) errors[field] = "too_long";
  };

  text("email");
  if (!errors.email && !EMAIL.test(values.email)) errors.email = "invalid_email";
  const phone = values.phone ? normalizePhone(values.phone) : null;
  if (!values.phone) errors.phone = "required";
  else if (!phone) errors.phone = "invalid_phone";
  text("fullName");

  const province = values.provinceCode ? findProvince(values.provinceCode) : undefined;
  if (!values.provinceCode) errors.provinceCode = "required";
  else if (!province) errors.provinceCode = "unknown_province";
  const commune = province?.communes.find((candidate) => candidate.code === values.communeCode);
  if (!values.communeCode) errors.communeCode = "required";
  else if (province && !commune) errors.communeCode = "commune_not_in_province";
  text("street");

  if (!values.shippingOptionId) errors.shippingOptionId = "required";
  else if (!offered.shippingOptionIds.includes(values.shippingOptionId)) errors.shippingOptionId = "unknown_option";
  if (!values.paymentProviderId) errors.paymentProviderId = "required";
  else if (!offered.paymentProviderIds.includes(values.paymentProviderId)) errors.paymentProviderId = "unknown_option";

  if (Object.keys(errors).length > 0 || !phone || !province || !commune) return { ok: false, errors };
  return {
    ok: true,
    checkout: {
      email: values.email.toLowerCase(),
      phone,
      fullName: values.fullName,
      province: { code: province.code, name: province.name },
      commune,
      street: values.street,
      shippingOptionId: values.shippingOptionId,
      paymentProviderId: values.paymentProviderId,
    },
  };
}

/** The address as the backend stores it: 2025 names in `province` and `city`, their codes in metadata. */
export function deliveryAddress(checkout: CheckedCheckout) {
  return {
    first_name: checkout.fullName,
    last_name: "",
    phone: checkout.phone,
    address_1: checkout.street,
    city: checkout.commune.name,
    province: checkout.province.name,
    country_code: "vn",
    metadata: { province_code: checkout.province.code, commune_code: checkout.commune.code },
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

export async function listShippingChoices(sdk: Medusa, cartId: string, headers: Record<string, string>): Promise<ShippingChoice[]> {
  const { shipping_options } = await sdk.client.fetch<{ shipping_options: StoreShippingOption[] }>("/store/shipping-options", {
    query: { cart_id: cartId, fields: SHIPPING_FIELDS },
    headers,
    cache: "no-store",
    signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
  });
  return toShippingChoices(shipping_options);
}

export async function listPaymentProviderIds(sdk: Medusa, regionId: string, headers: Record<string, string>): Promise<string[]> {
  const { payment_providers } = await sdk.client.fetch<{ payment_providers: { id: string }[] }>("/store/payment-providers", {
    query: { region_id: regionId },
    headers,
    cache: "no-store",
    signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
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
  return loadFromStore("checkout", async (sdk, region) => {
    const headers = await cartHeaders();
    const [cart, customer] = await Promise.all([getCart(sdk, headers), getCustomer()]);
    if (!cart || (cart.items?.length ?? 0) === 0) {
      return { cart, products: new Map(), region, shipping: [], payment: [], customer };
    }
    const [products, shipping, providerIds] = await Promise.all([
      getLineProducts(sdk, cart, region.id),
      listShippingChoices(sdk, cart.id, headers),
      listPaymentProviderIds(sdk, region.id, headers),
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
