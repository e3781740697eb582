// Vietnamese phone numbers as buyers type them ("0912 345 678", "+84 912.345.678", "024 3825 1234"),
// checked and stored one way: E.164, "+84912345678".

/** Mobile numbers: 0 then 3, 5, 7, 8 or 9 and eight more digits. Landlines: 02 then nine more. */
const NATIONAL_NUMBER = /^(?:[35789]\d{8}|2\d{9})$/;

/** Spaces, dots, dashes and brackets people put between the digits. */
const SEPARATORS = /[\s.\-()]/g;

/** The number in E.164 ("+84912345678"), or null when it is not a Vietnamese phone number. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.normalize("NFC").trim().replace(SEPARATORS, "");
  let national: string;
  if (compact.startsWith("+84")) national = compact.slice(3);
  else if (compact.startsWith("0084")) national = compact.slice(4);
  else if (compact.startsWith("84") && compact.length === 11) national = compact.slice(2);
  else if (compact.startsWith("0")) national = compact.slice(1);
  else return null;
  // "+84 (0)912 …": the trunk 0 written after the country code.
  if (national.startsWith("0")) national = national.slice(1);
  return NATIONAL_NUMBER.test(national) ? `+84${national}` : null;
}

export function isVietnamesePhone(raw: string): boolean {
  return normalizePhone(raw) !== null;
}

/** "+84912345678" → "0912 345 678", the way a Vietnamese reader expects to see it. */
export function formatPhone(e164: string): string {
  const national = e164.startsWith("+84") ? `0${e164.slice(3)}` : e164;
  if (/^0[35789]\d{8}$/.test(national)) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  if (/^02\d{9}$/.test(national)) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  return e164;
}
