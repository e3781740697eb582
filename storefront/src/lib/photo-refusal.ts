// Which refusals of a photo upload the storefront words itself (messages' PhotoRefusal), for the
// producer portal's uploads and a buyer's review photo alike, and the limits its sentences name;
// any other refusal shows the backend's own sentence.
import { ERROR_CODES } from "@ocop/domain/errors";
import { MAX_PHOTO_MEGABYTES, MAX_PHOTO_MEGAPIXELS, MAX_PHOTOS_PER_UPLOAD } from "@ocop/domain/photo-limits";

const PHOTO_REFUSALS = [
  ERROR_CODES.photoTooLarge,
  ERROR_CODES.photoTooManyPixels,
  ERROR_CODES.photoNotAnImage,
  ERROR_CODES.photoTypeNotAccepted,
  ERROR_CODES.photoMissing,
  ERROR_CODES.tooManyPhotos,
] as const;

export type PhotoRefusal = (typeof PHOTO_REFUSALS)[number];

export function isPhotoRefusal(code: unknown): code is PhotoRefusal {
  return (PHOTO_REFUSALS as readonly unknown[]).includes(code);
}

/** The values each sentence of PhotoRefusal names, for the portal's uploads of several photos. */
export const PHOTO_LIMITS = { megabytes: MAX_PHOTO_MEGABYTES, megapixels: MAX_PHOTO_MEGAPIXELS, count: MAX_PHOTOS_PER_UPLOAD };

/** The same for a review, which carries one photo. */
export const REVIEW_PHOTO_LIMITS = { ...PHOTO_LIMITS, count: 1 };

/** What the upload shows for an answer of the portal's upload route: a code it words, the backend's sentence, or "unavailable". */
export function photoProblemOf(body: { code?: unknown; message?: unknown }): string {
  if (isPhotoRefusal(body.code)) return body.code;
  return typeof body.message === "string" && body.message ? body.message : "unavailable";
}
