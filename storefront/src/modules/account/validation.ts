// What the account forms accept: each check gives an error code, the form shows its sentence.
import { normalizePhone } from "@/lib/phone";

/** Shorter passwords are refused before they reach the backend. */
export const MIN_PASSWORD_LENGTH = 8;
const MAX_NAME_LENGTH = 100;
const MAX_EMAIL_LENGTH = 254;

export type FieldErrors = Partial<Record<string, string>>;

/** What an account form hands back to itself: the values to show again, the errors, the failure. */
export type FormState = {
  values: Record<string, string>;
  errors: FieldErrors;
  /** A sentence key under Account.failure, for what went wrong beyond one field. */
  failure?: string;
  /** Set when the form's work is done and the page should say so (e.g. "address saved"). */
  done?: string;
};

export const EMPTY_FORM: FormState = { values: {}, errors: {} };

/** The text of a form field, trimmed, or "" when absent or a file. */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.normalize("NFC").trim() : "";
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailError(email: string): string | undefined {
  if (!email) return "required";
  if (email.length > MAX_EMAIL_LENGTH || !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email)) return "emailInvalid";
  return undefined;
}

export function passwordError(password: string, email: string): string | undefined {
  if (!password) return "required";
  if (password.length < MIN_PASSWORD_LENGTH) return "passwordShort";
  // The email (or its name part) as the password is the first thing anyone would guess.
  const lower = password.toLowerCase();
  if (lower === email || lower === email.split("@")[0] || /^(.)\1*$/.test(password)) return "passwordGuessable";
  return undefined;
}

export function phoneError(phone: string): string | undefined {
  if (!phone) return "required";
  return normalizePhone(phone) ? undefined : "phoneInvalid";
}

export function nameError(name: string): string | undefined {
  if (!name) return "required";
  if (name.length > MAX_NAME_LENGTH) return "nameLong";
  return undefined;
}

/**
 * Medusa keeps a first and a last name; a Vietnamese full name puts the given name last:
 * "Nguyễn Thị Lan" is last_name "Nguyễn Thị", first_name "Lan" (lib/customer's fullName reverses it).
 */
export function splitFullName(fullName: string): { first_name: string; last_name: string } {
  const words = fullName.split(/\s+/).filter(Boolean);
  const first = words.pop() ?? "";
  return { first_name: first, last_name: words.join(" ") };
}


/**
 * A path on this site to return to after signing in, or undefined: anything that could lead
 * elsewhere ("//evil.example", "https://…", "/\\evil") is dropped.
 */
export function safeReturnPath(next: unknown): string | undefined {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return undefined;
  try {
    const base = "http://storefront.invalid";
    const url = new URL(next, base);
    if (url.origin !== base) return undefined;
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/** The fields that have an error, without the ones checked and found fine. */
export function onlyErrors(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, code]) => code));
}
