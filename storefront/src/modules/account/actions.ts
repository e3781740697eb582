"use server";
// The account's forms post here: each action checks what was typed, calls the store API with the
// buyer's session, and either redirects (done) or hands the form back with what to fix.
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getPathname } from "@/i18n/navigation";
import { PROVINCE_INTENT } from "@/lib/checkout-form";
import { type Locale, routing } from "@/i18n/routing";
import { cartItemCount, clearCartId, getCartId, retrieveCart, setCartId } from "@/lib/cart";
import {
  attachCart,
  authenticate,
  createAddress,
  deleteAddress,
  endSession,
  findAccountCart,
  register,
  type SessionResult,
  setDefaultAddress,
  startSession,
  updateAddress,
  withSession,
} from "@/lib/customer";
import { getMedusa } from "@/lib/medusa";
import { normalizePhone } from "@/lib/phone";
import { type AddressFormState, checkAddress, communesOf, readAddressForm } from "./address-rules";
import { returnPathAfterSignIn } from "./return-path";
import {
  emailError,
  type FieldErrors,
  type FormState,
  hasErrors,
  nameError,
  normalizeEmail,
  onlyErrors,
  passwordError,
  phoneError,
  splitFullName,
  text,
} from "./validation";

function localeOf(form: FormData): Locale {
  const locale = text(form, "locale");
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

/** Where a signed-in buyer goes: back where they came from, else the account overview. */
function destination(form: FormData): string {
  return returnPathAfterSignIn(text(form, "next")) ?? getPathname({ href: "/account", locale: localeOf(form) });
}

export async function signIn(_previous: FormState, form: FormData): Promise<FormState> {
  const email = normalizeEmail(text(form, "email"));
  // A password is taken as typed: spaces may be part of it.
  const password = String(form.get("password") ?? "");
  const values = { email };
  const errors: FieldErrors = { email: emailError(email), password: password ? undefined : "required" };
  if (hasErrors(errors)) return { values, errors: onlyErrors(errors) };

  const sdk = await getMedusa();
  const result = sdk ? await authenticate(sdk, email, password) : ({ ok: false, reason: "unavailable" } as const);
  if (!result.ok) return { values, errors: {}, failure: result.reason };

  await startSession(result.token);
  await keepCart(result.token);
  redirect(destination(form));
}

export async function registerCustomer(_previous: FormState, form: FormData): Promise<FormState> {
  const fullName = text(form, "fullName").replace(/\s+/g, " ");
  const email = normalizeEmail(text(form, "email"));
  const phone = text(form, "phone");
  const password = String(form.get("password") ?? "");
  const values = { fullName, email, phone };
  const errors: FieldErrors = {
    fullName: nameError(fullName),
    email: emailError(email),
    phone: phoneError(phone),
    password: passwordError(password, email),
  };
  if (hasErrors(errors)) return { values, errors: onlyErrors(errors) };

  const sdk = await getMedusa();
  const result = sdk
    ? await register(sdk, { email, password, phone: normalizePhone(phone) ?? phone, ...splitFullName(fullName) })
    : ({ ok: false, reason: "unavailable" } as const);
  if (!result.ok) {
    // "Already registered" is about the email: the focus goes there, the sentence offers sign-in.
    return result.reason === "email_taken"
      ? { values, errors: { email: "emailTaken" } }
      : { values, errors: {}, failure: result.reason };
  }

  await startSession(result.token);
  await keepCart(result.token);
  redirect(destination(form));
}

/**
 * Signing out forgets the session and the cart: the cart now belongs to the account (it comes back
 * at the next sign-in), and the next person at this browser must not see its lines or its address.
 */
export async function signOut(form: FormData): Promise<void> {
  await endSession();
  await clearCartId();
  redirect(getPathname({ href: "/", locale: localeOf(form) }));
}

/**
 * The cart filled as a guest becomes the customer's. A buyer who arrives with an empty cart gets
 * back the one left with the account at an earlier sign-out, on this device or another. A cart
 * that cannot move or be found is not worth a failed sign-in.
 */
async function keepCart(token: string): Promise<void> {
  const [sdk, cartId] = await Promise.all([getMedusa(), getCartId()]);
  if (!sdk) return;
  try {
    const guestCart = cartId ? await retrieveCart(sdk, cartId) : null;
    if (guestCart && cartItemCount(guestCart) > 0) {
      await attachCart(sdk, guestCart.id, token);
      return;
    }
    const accountCart = await findAccountCart(sdk, token);
    if (accountCart) await setCartId(accountCart);
  } catch (error) {
    console.error(`[account] the cart could not follow the buyer at sign-in: ${(error as Error).message}`);
  }
}

/** Adds an address, or changes the one named by `id`; without JavaScript, also lists a newly chosen province's communes. */
export async function saveAddress(_previous: AddressFormState, form: FormData): Promise<AddressFormState> {
  const values = readAddressForm(form);
  const communes = communesOf(values.provinceCode);
  const isDefault = form.get("isDefault") === "on";
  if (text(form, "intent") === PROVINCE_INTENT) {
    if (!communes.some((commune) => commune.code === values.communeCode)) values.communeCode = "";
    return { values, errors: {}, communes, isDefault };
  }
  const check = checkAddress(values);
  if (!check.ok) return { values, errors: check.errors, communes, isDefault };

  const id = text(form, "id");
  const address = { ...check.address, is_default_shipping: isDefault, is_default_billing: isDefault };
  const result = await withSession("save address", (sdk, token) =>
    id ? updateAddress(sdk, token, id, address) : createAddress(sdk, token, address),
  );
  if (result.status !== "ready") {
    afterSessionLost(result, form);
    return { values, errors: {}, communes, isDefault, failure: result.status };
  }
  redirect(addressesPath(form, { done: "saved" }));
}

export async function removeAddress(form: FormData): Promise<void> {
  const id = text(form, "id");
  const result = await withSession("delete address", (sdk, token) => deleteAddress(sdk, token, id));
  afterSessionLost(result, form);
  redirect(addressesPath(form, result.status === "ready" ? { done: "deleted" } : { failure: result.status }));
}

export async function makeDefaultAddress(form: FormData): Promise<void> {
  const id = text(form, "id");
  const result = await withSession("default address", (sdk, token) => setDefaultAddress(sdk, token, id));
  afterSessionLost(result, form);
  redirect(addressesPath(form, result.status === "ready" ? { done: "default" } : { failure: result.status }));
}

function addressesPath(form: FormData, query: Record<string, string>): string {
  return getPathname({ href: { pathname: "/account/addresses", query }, locale: localeOf(form) });
}

/** A session that ended meanwhile (expired, signed out in another tab) sends the buyer to sign in again. */
function afterSessionLost(result: SessionResult<unknown>, form: FormData): void {
  if (result.status !== "guest") return;
  const locale = localeOf(form);
  const next = getPathname({ href: "/account/addresses", locale });
  redirect(getPathname({ href: { pathname: "/account/sign-in", query: { next } }, locale }));
}
