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
  /** The form's action went through (a parcel packed, a batch recorded): the page shows its new state. */
  done?: boolean;
  /** The chosen province's communes, for the address picker to list again after a submit. */
  communes?: readonly Commune[];
};

/** The drafts (form-draft.tsx) that the page a form's success leads to forgets. */
export const REGISTRATION_DRAFT = "producer-registration";
export const NEW_PRODUCT_DRAFT = "new-product";
export const shipDraft = (parcelId: string) => `ship:${parcelId}`;

export const EMPTY_PORTAL_FORM: PortalFormState = { values: {}, fieldErrors: {} };

/**
 * The fields a backend refusal is about. The API names a field in brackets ("… (phone)") or first
 * ("price: …", "sku is …"), and its validation joins one sentence per field ("variants[0].gtin: …
 * variants[0].price: …"): each goes next to its own field, without the API's name for it, and what
 * names no field of the form stays above it. `fields` maps API names to the form's names ("owner.email",
 * "variants.0.title"); a pack's fields may be written `variants[0].x` or `variants.0.x`, or bare.
 */
export function placeRefusal(message: string, fields: Readonly<Record<string, string>>): Pick<PortalFormState, "fieldErrors" | "message"> {
  const fieldErrors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const piece of splitByField(message, Object.keys(fields))) {
    const field = piece.name ? fields[piece.name] : fieldInBrackets(piece.sentence, fields);
    if (!field) unplaced.push(piece.name ? `${piece.name}: ${piece.sentence}` : piece.sentence);
    else fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]} ${piece.sentence}` : piece.sentence;
  }
  return unplaced.length > 0 ? { fieldErrors, message: unplaced.join(" ") } : { fieldErrors };
}

type Piece = { name?: string; sentence: string };

/** The refusal cut where a field's name opens a sentence ("price: …", "sku is …"), the name read as the form's key. */
function splitByField(message: string, names: readonly string[]): Piece[] {
  const longestFirst = [...names].sort((a, b) => b.length - a.length);
  const alternatives = longestFirst.map((name) => pathPattern(name)).join("|");
  const opener = new RegExp(`(?:^|(?<=[.!?]\\s+))(${alternatives})(?::\\s*|(?=\\s))`, "g");
  const starts = [...message.matchAll(opener)].map((match) => ({ at: match.index, opener: match[0], written: match[1] ?? "" }));
  if (starts.length === 0) return [{ sentence: message.trim() }];
  const pieces: Piece[] = [];
  const lead = message.slice(0, starts[0]?.at).trim();
  if (lead) pieces.push({ sentence: lead });
  starts.forEach((start, index) => {
    const end = starts[index + 1]?.at ?? message.length;
    const name = longestFirst.find((candidate) => new RegExp(`^(?:${pathPattern(candidate)})$`).test(start.written));
    const bare = start.opener.trimEnd().endsWith(":");
    const sentence = message.slice(bare ? start.at + start.opener.length : start.at, end).trim();
    pieces.push({ name, sentence: bare ? capitalised(sentence) : sentence });
  });
  return pieces;
}

/** "variants.0.title" also as "variants[0].title"; a pack's bare field ("gtin") also under "variants[0].". */
function pathPattern(name: string): string {
  const escaped = name.replace(/[.[\]]/g, (c) => `\\${c}`).replace(/\\\.(\d+)\\\./g, "(?:\\.$1\\.|\\[$1\\]\\.)");
  return name.includes(".") ? escaped : `(?:variants(?:\\.0\\.|\\[0\\]\\.))?${escaped}`;
}

function fieldInBrackets(sentence: string, fields: Readonly<Record<string, string>>): string | undefined {
  const name = Object.keys(fields).find((candidate) => sentence.includes(`(${candidate})`));
  return name ? fields[name] : undefined;
}

function capitalised(sentence: string): string {
  return sentence.charAt(0).toLocaleUpperCase("vi") + sentence.slice(1);
}
