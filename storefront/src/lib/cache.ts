// Cache tags of the store API and search index reads, and how long a read may be served before it
// is refreshed. The backend invalidates a tag through POST /api/revalidate when it writes (see
// .env.example): a product's change refreshes its own tag, its producer's and its province's, and
// "products", the lists that span the whole catalogue (home, pavilion counts).

export const CACHE_TAGS = {
  products: "products",
  product: (handle: string) => `product:${handle}`,
  producers: "producers",
  /** The producer and the list of its products. */
  producer: (handle: string) => `producer:${handle}`,
  /** The list of a province's products, by 2025 province code. */
  province: (code: string) => `province:${code}`,
  productSets: "product-sets",
  regions: "regions",
} as const;

/** The fallback refresh for when no one invalidates a tag: a minute of staleness at most. */
export const REVALIDATE_SECONDS = 60;

const TAG_PATTERN = /^(products|producers|product-sets|regions|product:[a-z0-9-]+|producer:[a-z0-9-]+|province:\d{2})$/;

/** Whether a tag is one the storefront uses, so the revalidate route refuses anything else. */
export function isCacheTag(tag: string): boolean {
  return TAG_PATTERN.test(tag);
}
