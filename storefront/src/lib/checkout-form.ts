// What the checkout form holds and how its errors are named: shared by the server, which checks
// it, and the form in the browser, which shows it. Nothing here reads files or cookies.
import type { FieldProblem } from "./form-rules";

/** In the form's order: contact, how it is received, where (a delivery only), how it is paid. */
export const CHECKOUT_FIELDS = [
  "email",
  "phone",
  "fullName",
  "deliveryKind",
  "provinceCode",
  "communeCode",
  "street",
  "paymentProviderId",
] as const;

export type CheckoutField = (typeof CHECKOUT_FIELDS)[number];

/** The form as typed: every value a string, kept as is so an error never loses what was entered. */
export type CheckoutValues = Record<CheckoutField, string>;

/** The submit `intent` that, without JavaScript, asks the server for the chosen province's communes. */
export const PROVINCE_INTENT = "choose-province";

export type CheckoutErrors = Partial<Record<CheckoutField, FieldProblem>>;

/** The first field with an error, in the order the form shows them: the one that gets focus. */
export function firstErrorField(errors: CheckoutErrors): CheckoutField | undefined {
  return CHECKOUT_FIELDS.find((field) => errors[field]);
}

