"use server";
// The account's forms post here: each action checks what was typed, calls the store API with the
// buyer's session, and either redirects (done) or hands the form back with what to fix.
import { normalizePhone } from "@ocop/domain/phone";
import { reviewProblem } from "@ocop/domain/reviews";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";
import { PROVINCE_INTENT } from "@/lib/checkout-form";
import { formLocale, } from "@/i18n/routing";
import { cartItemCount, clearCartId, getCartId, retrieveCart, setCartId } from "@/lib/cart";
import {
  attachCart,
  authenticate,
  buyerAddress,
  confirmRegistration,
  createAddress,
  deleteAddress,
  endSession,
  findAccountCart,
  emailOfResetToken,
  register,
  requestPasswordReset,
  resetPassword,
  type SessionResult,
  setDefaultAddress,
  startSession,
  updateAddress,
  withSession,
} from "@/lib/customer";
import {
  addressRefusal,
  emailProblem,
  MAX_LENGTH,
  normalizeEmail,
  onlyProblems,
  passwordProblem,
  phoneProblem,
  textProblem,
} from "@/lib/form-rules";
import { getMedusa } from "@/lib/medusa";
import { submitReview } from "@/lib/reviews";
import { forgetGuestOrders } from "@/lib/order-access";
import { describeError } from "@/lib/store-api";
import { type AddressFormState, checkAddress, communesOf, readAddressForm } from "./address-rules";
import { returnPathAfterSignIn } from "./return-path";
import { authFailure } from "./retry-wait";
import { RESET_LINK_MINUTES, type FormState, splitFullName, text } from "./validation";


/** Where a signed-in buyer goes: back where they came from, else the account overview. */
function destination(form: FormData): string {
  return returnPathAfterSignIn(text(form, "next")) ?? getPathname({ href: "/account", locale: formLocale(form) });
}

export async function signIn(_previous: FormState, form: FormData): Promise<FormState> {
  const email = normalizeEmail(text(form, "email"));
  // A password is taken as typed: spaces may be part of it.
  const password = String(form.get("password") ?? "");
  const values = { email };
  const errors = onlyProblems({ email: emailProblem(email), password: password ? undefined : "required" });
  if (Object.keys(errors).length > 0) return { values, errors };

  const medusa = await getMedusa();
  const result = medusa ? await authenticate(medusa, email, password, await requestAddress()) : ({ ok: false, reason: "unavailable" } as const);
  if (!result.ok) return { values, errors: {}, ...authFailure(result) };

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
  const errors = onlyProblems({
    fullName: textProblem(fullName, MAX_LENGTH.fullName),
    email: emailProblem(email),
    phone: phoneProblem(phone),
    password: passwordProblem(password, email),
  });
  if (Object.keys(errors).length > 0) return { values, errors };

  const medusa = await getMedusa();
  const registration = { email, password, phone: normalizePhone(phone) ?? phone, ...splitFullName(fullName), locale: formLocale(form) };
  const result = medusa ? await register(medusa, registration, await requestAddress()) : ({ ok: false, reason: "unavailable" } as const);
  if (!result.ok) return { values, errors: {}, ...authFailure(result) };
  // The same for every email: whether it was new, has an account or waits for its confirmation,
  // only its inbox is told.
  return { values: { email: result.email }, errors: {}, done: "check_inbox" };
}

/**
 * The button of the confirmation page: the token of the email's link makes the customer, and the
 * session it answers with signs the buyer in as a sign-in does, cart and all. A link opened is not
 * confirmed until this is pressed, as mail scanners open links too.
 */
export async function confirmEmail(_previous: FormState, form: FormData): Promise<FormState> {
  const token = text(form, "token");
  const medusa = await getMedusa();
  const result = medusa && token ? await confirmRegistration(medusa, token) : ({ ok: false, reason: medusa ? "link_invalid" : "unavailable" } as const);
  if (!result.ok) return { values: {}, errors: {}, failure: result.reason };

  await startSession(result.token);
  await keepCart(result.token);
  redirect(getPathname({ href: "/account", locale: formLocale(form) }));
}

/** The forgotten-password form: every email is answered "check your inbox", as the backend answers it. */
export async function askForPasswordReset(_previous: FormState, form: FormData): Promise<FormState> {
  const email = normalizeEmail(text(form, "email"));
  const values = { email };
  const errors = onlyProblems({ email: emailProblem(email) });
  if (Object.keys(errors).length > 0) return { values, errors };

  const medusa = await getMedusa();
  const result = medusa
    ? await requestPasswordReset(medusa, { email, locale: formLocale(form) }, await requestAddress())
    : ({ ok: false, reason: "unavailable" } as const);
  if (!result.ok) return { values, errors: {}, ...authFailure(result) };
  return { values: { email: result.email }, errors: {}, done: "check_inbox" };
}

/**
 * The reset page's form: the new password is checked by the same rules as at registration, then
 * set with the link's token, and the buyer is signed in with it, cart and all. Should that sign-in
 * not go through (an email still unconfirmed, a wait), the page says the password is saved and
 * leads to the sign-in page.
 */
export async function setNewPassword(_previous: FormState, form: FormData): Promise<FormState> {
  const token = text(form, "token");
  const password = String(form.get("password") ?? "");
  const email = emailOfResetToken(token) ?? "";
  if (!token) return { values: {}, errors: {}, failure: "reset_link_invalid" };
  const errors = onlyProblems({ password: passwordProblem(password, email) });
  if (Object.keys(errors).length > 0) return { values: {}, errors };

  const medusa = await getMedusa();
  const result = medusa ? await resetPassword(medusa, token, password) : ({ ok: false, reason: "unavailable" } as const);
  if (!result.ok) return { values: {}, errors: {}, failure: result.reason, failureValues: { minutes: RESET_LINK_MINUTES } };

  const session = await authenticate(medusa!, result.email, password, await requestAddress());
  if (!session.ok) return { values: { email: result.email }, errors: {}, done: "password_saved" };
  await startSession(session.token);
  await keepCart(session.token);
  redirect(getPathname({ href: "/account", locale: formLocale(form) }));
}

/**
 * A verified buyer's review of one product, from the account's reviews page: checked by the same
 * rules as the backend's (@ocop/domain/reviews), then sent with the session, with its photo if the
 * buyer chose one; it waits for the operator, and the page says so. A refused photo is said under
 * its field, and the text is kept.
 */
export async function writeReview(_previous: FormState, form: FormData): Promise<FormState> {
  const productId = text(form, "productId");
  const body = text(form, "body");
  const ratingText = text(form, "rating");
  const rating = /^[1-5]$/.test(ratingText) ? Number(ratingText) : ratingText ? Number.NaN : undefined;
  const values = { body, rating: ratingText };
  const problem = reviewProblem(rating, body);
  if (problem) return { values, errors: { [problem.startsWith("rating") ? "rating" : "body"]: problem } };

  const locale = formLocale(form);
  // A browser sends an empty file input as a nameless, empty file.
  const chosen = form.get("photo");
  const photo = chosen instanceof File && chosen.size > 0 ? chosen : undefined;
  const result = await withSession("write review", (medusa, token) => submitReview(medusa, token, productId, { rating: rating!, body, locale, photo }));
  if (result.status === "guest" || (result.status === "ready" && !result.data.ok && result.data.reason === "signed_out")) {
    const next = getPathname({ href: "/account/reviews", locale });
    redirect(getPathname({ href: { pathname: "/account/sign-in", query: { next } }, locale }));
  }
  if (result.status !== "ready") return { values, errors: {}, failure: "unavailable" };
  if (!result.data.ok && result.data.reason === "photo_refused") return { values, errors: { photo: result.data.code } };
  if (!result.data.ok) return { values, errors: {}, failure: `review_${result.data.reason}` };
  redirect(getPathname({ href: { pathname: "/account/reviews", query: { done: "submitted" } }, locale }));
}

/** The buyer's address as this request's X-Forwarded-For has it, for the backend's per-address limits. */
async function requestAddress(): Promise<string | undefined> {
  return buyerAddress((await headers()).get("x-forwarded-for"));
}

/**
 * Signing out forgets the session, the cart and the guest orders this browser may open: the cart
 * now belongs to the account (it comes back at the next sign-in), and the next person at this
 * browser must not see its lines, its address, or the orders placed here as a guest.
 */
export async function signOut(form: FormData): Promise<void> {
  await endSession();
  await clearCartId();
  await forgetGuestOrders();
  redirect(getPathname({ href: "/", locale: formLocale(form) }));
}

/**
 * The cart filled as a guest becomes the customer's. A buyer who arrives with an empty cart gets
 * back the one left with the account at an earlier sign-out, on this device or another. A cart
 * that cannot move or be found is not worth a failed sign-in.
 */
async function keepCart(token: string): Promise<void> {
  const [medusa, cartId] = await Promise.all([getMedusa(), getCartId()]);
  if (!medusa) return;
  try {
    const guestCart = cartId ? await retrieveCart(medusa, cartId) : null;
    if (guestCart && cartItemCount(guestCart) > 0) {
      await attachCart(medusa, guestCart.id, token);
      return;
    }
    const accountCart = await findAccountCart(medusa, token);
    if (accountCart) await setCartId(accountCart);
  } catch (error) {
    console.error(`[account] the cart could not follow the buyer at sign-in: ${describeError(error)}`);
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
  const result = await withSession("save address", (medusa, token) =>
    id ? updateAddress(medusa, token, id, address) : createAddress(medusa, token, address),
  );
  // The backend checks the address again (@ocop/domain/address); its code names the field.
  const refused = result.status === "refused" ? addressRefusal(result.code) : null;
  if (refused) return { values, errors: refused, communes, isDefault };
  if (result.status !== "ready") {
    afterSessionLost(result, form);
    return { values, errors: {}, communes, isDefault, failure: result.status };
  }
  redirect(addressesPath(form, { done: "saved" }));
}

export async function removeAddress(form: FormData): Promise<void> {
  const id = text(form, "id");
  const result = await withSession("delete address", (medusa, token) => deleteAddress(medusa, token, id));
  afterSessionLost(result, form);
  redirect(addressesPath(form, result.status === "ready" ? { done: "deleted" } : { failure: result.status }));
}

export async function makeDefaultAddress(form: FormData): Promise<void> {
  const id = text(form, "id");
  const result = await withSession("default address", (medusa, token) => setDefaultAddress(medusa, token, id));
  afterSessionLost(result, form);
  redirect(addressesPath(form, result.status === "ready" ? { done: "default" } : { failure: result.status }));
}

function addressesPath(form: FormData, query: Record<string, string>): string {
  return getPathname({ href: { pathname: "/account/addresses", query }, locale: formLocale(form) });
}

/** A session that ended meanwhile (expired, signed out in another tab) sends the buyer to sign in again. */
function afterSessionLost(result: SessionResult<unknown>, form: FormData): void {
  if (result.status !== "guest") return;
  const locale = formLocale(form);
  const next = getPathname({ href: "/account/addresses", locale });
  redirect(getPathname({ href: { pathname: "/account/sign-in", query: { next } }, locale }));
}
