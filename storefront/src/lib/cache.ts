// Cache tags of the store API reads, and how long a read may be served before it is refreshed.
// The backend invalidates a tag through POST /api/revalidate when it writes (see .env.example).

export const CACHE_TAGS = {
  products: "products",
  product: (handle: string) => `product:${handle}`,
  producers: "producers",
  producer: (handle: string) => `producer:${handle}`,
  productSets: "product-sets",
  regions: "regions",
} as const;

/** The fallback refresh for when no one invalidates a tag: a minute of staleness at most. */
export const REVALIDATE_SECONDS = 60;

const TAG_PATTERN = /^(products|producers|product-sets|regions|product:[a-z0-9-]+|producer:[a-z0-9-]+)$/;

/** Whether a tag is one the storefront uses, so the revalidate route refuses anything else. */
export function isCacheTag(tag: string): boolean {
  return TAG_PATTERN.test(tag);
}
