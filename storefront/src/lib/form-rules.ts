// What the shop's forms accept: one rule per kind of field, used by checkout and the account alike.
// Each rule answers with a problem code in the backend's style (the address ones are @ocop/domain's
// ERROR_CODES), which each form words in its own sentence. Nothing here reads files: the browser
// forms take the limits from here too.
import type { AccountProblem } from "@ocop/domain/account";
import { ERROR_CODES, type ErrorCode, isErrorCode } from "@ocop/domain/errors";
import { TEXT_LIMITS } from "@ocop/domain/input-limits";
import { normalizePhone } from "@ocop/domain/phone";
import type { ReviewProblem } from "@ocop/domain/reviews";
import type { PhotoRefusal } from "./photo-refusal";

// The email and password rules are the backend's registration's too, so they live in the domain package.
export { emailProblem, MIN_PASSWORD_LENGTH, normalizeEmail, passwordProblem } from "@ocop/domain/account";

export type FieldProblem =
  | AccountProblem
  | ReviewProblem
  | PhotoRefusal
  | "unknown_option"
  | typeof ERROR_CODES.codAboveCeiling
  | typeof ERROR_CODES.paymentNotAvailable
  | typeof ERROR_CODES.invalidPhone
  | typeof ERROR_CODES.unknownProvince
  | typeof ERROR_CODES.communeNotInProvince;

/** The longest text each field takes, the backend's limits: the full name goes whole into first_name. */
export const MAX_LENGTH = {
  email: TEXT_LIMITS.email,
  password: TEXT_LIMITS.password,
  fullName: TEXT_LIMITS.personName,
  street: TEXT_LIMITS.street,
  addressName: TEXT_LIMITS.addressName,
} as const;

export function phoneProblem(phone: string): FieldProblem | undefined {
  if (!phone) return "required";
  return normalizePhone(phone) ? undefined : ERROR_CODES.invalidPhone;
}

/** A text the form needs: given, and not longer than `maxLength`. */
export function textProblem(value: string, maxLength: number): FieldProblem | undefined {
  if (!value) return "required";
  return value.length > maxLength ? "too_long" : undefined;
}

/** The fields that have a problem, without the ones checked and found fine. */
export function onlyProblems<F extends string>(errors: Partial<Record<F, FieldProblem | undefined>>): Partial<Record<F, FieldProblem>> {
  return Object.fromEntries(Object.entries(errors).filter(([, problem]) => problem)) as Partial<Record<F, FieldProblem>>;
}

type AddressField = "phone" | "provinceCode" | "communeCode";

/** The field each of the backend's address codes is about, and the problem the form shows there. */
const ADDRESS_REFUSALS: Partial<Record<ErrorCode, { field: AddressField; problem: FieldProblem }>> = {
  [ERROR_CODES.invalidPhone]: { field: "phone", problem: ERROR_CODES.invalidPhone },
  [ERROR_CODES.unknownProvince]: { field: "provinceCode", problem: ERROR_CODES.unknownProvince },
  [ERROR_CODES.provinceNameMismatch]: { field: "provinceCode", problem: ERROR_CODES.unknownProvince },
  [ERROR_CODES.communeNotInProvince]: { field: "communeCode", problem: ERROR_CODES.communeNotInProvince },
  [ERROR_CODES.communeNameMismatch]: { field: "communeCode", problem: ERROR_CODES.communeNotInProvince },
  [ERROR_CODES.missingUnitCodes]: { field: "communeCode", problem: "required" },
};

/**
 * The field errors for the backend's refusal of an address, by its code; null when the code is not
 * about an address. The forms check the same rules first, so this is rare: units data out of step.
 */
export function addressRefusal(code: string | undefined): Partial<Record<AddressField, FieldProblem>> | null {
  const refusal = isErrorCode(code) ? ADDRESS_REFUSALS[code] : undefined;
  return refusal ? { [refusal.field]: refusal.problem } : null;
}
