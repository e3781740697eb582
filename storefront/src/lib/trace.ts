// The trace page's code: the GTIN-13 printed under each pack's barcode. It is already on the package
// (the seed and producers give every pack size one), is 13 digits (a small QR code as /t/<code>), and
// never changes while the pack is sold, so a printed label keeps working.
import type Medusa from "@medusajs/js-sdk";
import { CACHE_TAGS, REVALIDATE_SECONDS } from "./cache";
import { STORE_API_TIMEOUT_MS } from "./medusa";
import { PRODUCT_FIELDS, withPacksInOrder } from "./products";
import type { Certificate, Product, ProductListResponse, ProductVariant } from "./types";

/** A GTIN-13: 13 digits whose last is the GS1 check digit of the other twelve. */
export function isGtin13(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 12).reduce((total, digit, index) => total + digit * (index % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

/** The trace code of a product: its first pack size with a valid GTIN-13, or null. */
export function traceCodeOf(product: Pick<Product, "variants">): string | null {
  return (product.variants ?? []).find((variant) => variant.ean && isGtin13(variant.ean))?.ean ?? null;
}

/** The pack size a code names, for the trace page to say which package was scanned. */
export function variantOfTraceCode(product: Pick<Product, "variants">, code: string): ProductVariant | null {
  return (product.variants ?? []).find((variant) => variant.ean === code) ?? null;
}

/** The published product with a pack of this GTIN-13, or null; a malformed code never reaches the backend. */
export async function findProductByTraceCode(sdk: Medusa, code: string, regionId: string): Promise<Product | null> {
  if (!isGtin13(code)) return null;
  const { products } = await sdk.client.fetch<ProductListResponse>("/store/products", {
    query: { region_id: regionId, fields: PRODUCT_FIELDS, variants: { ean: code }, limit: 1 },
    next: { tags: [CACHE_TAGS.products], revalidate: REVALIDATE_SECONDS },
    signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
  });
  return products[0] ? withPacksInOrder(products[0]) : null;
}

/** Today's calendar date in Vietnam, "YYYY-MM-DD", whatever the server's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(now);
}

export type CertificateValidity = "valid" | "expired" | "unverified" | "none";

/**
 * Whether a certificate lets the product carry the OCOP mark on a given day in Vietnam: verified,
 * decided on or before that day, and not past its valid-until day (the OCOP rules in the backend).
 */
export function certificateValidity(
  certificate: Pick<Certificate, "decision_date" | "valid_until" | "verified"> | null,
  today: string,
): CertificateValidity {
  if (!certificate) return "none";
  if (!certificate.verified) return "unverified";
  if (certificate.valid_until < today || certificate.decision_date > today) return "expired";
  return "valid";
}
