// What a portal form hands back to itself: what the producer typed, and the backend's sentence
// placed next to the field it names (else above the form).
import type { Commune } from "@ocop/domain/admin-units";

export type PortalFormState = {
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  /** The backend's sentence when it names no field of the form. */
  message?: string;
  /** A key under Producer.failure: the backend out of reach, a wrong password. */
  failure?: "unavailable" | "wrongCredentials" | "signedOut";
  /** The chosen province's communes, for the address picker to list again after a submit. */
  communes?: readonly Commune[];
};

export const EMPTY_PORTAL_FORM: PortalFormState = { values: {}, fieldErrors: {} };

/**
 * The field a backend sentence is about: the API names it in brackets ("… (phone)") or first
 * ("price: …", "sku is …"). `fields` maps API names to the form's names, longest names first so
 * "owner.email" wins over "email".
 */
export function placeRefusal(message: string, fields: Readonly<Record<string, string>>): Pick<PortalFormState, "fieldErrors" | "message"> {
  const names = Object.keys(fields).sort((a, b) => b.length - a.length);
  const named = names.find((name) => {
    const escaped = name.replace(/[.[\]]/g, (c) => `\\${c}`);
    return new RegExp(`\\(${escaped}\\)|^${escaped}\\b|variants\\.0\\.${escaped}\\b`).test(message);
  });
  const field = named ? fields[named] : undefined;
  return field ? { fieldErrors: { [field]: message } } : { fieldErrors: {}, message };
}
