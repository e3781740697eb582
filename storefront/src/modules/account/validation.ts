// What every account form shares besides the field rules (lib/form-rules.ts): its state, reading
// its text, the Vietnamese full name, and where to return after signing in.
import type { FieldProblem } from "@/lib/form-rules";

export type FieldErrors = Partial<Record<string, FieldProblem>>;

/** What an account form hands back to itself: the values to show again, the errors, the failure. */
export type FormState = {
  values: Record<string, string>;
  errors: FieldErrors;
  /** A sentence key under Account.failure, for what went wrong beyond one field. */
  failure?: string;
  /** The numbers that sentence shows, such as the wait before trying again. */
  failureValues?: Record<string, number>;
  /** Set when the form's work is done and the page should say so (e.g. "address saved"). */
  done?: string;
};

export const EMPTY_FORM: FormState = { values: {}, errors: {} };

/** How long a password reset link works: the backend's (Medusa's) 15 minutes, as the pages tell the buyer. */
export const RESET_LINK_MINUTES = 15;

/** The text of a form field, trimmed, or "" when absent or a file. */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.normalize("NFC").trim() : "";
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
