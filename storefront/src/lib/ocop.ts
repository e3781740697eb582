// The OCOP mark rules as the storefront applies them.
import type { OcopStatus, StarRating } from "./types";

/**
 * The star mark may be shown only on a product whose certificate is current and verified,
 * which the backend reports as standing "certified" with a star rating.
 */
export function certifiedStars(ocop: Pick<OcopStatus, "standing" | "star_rating"> | null): StarRating | null {
  return ocop?.standing === "certified" ? ocop.star_rating : null;
}

