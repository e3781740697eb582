/**
 * The storefront's cache tags: its product, producer and province pages and lists are cached and
 * tagged with what they read, and the backend names exactly those tags when a change makes them
 * stale (POST /api/revalidate). One list, so the two never disagree on a name.
 */

const HANDLE = /^[a-z0-9-]+$/
const PROVINCE_CODE = /^\d{2}$/

export const CACHE_TAGS = {
  /** Every list that spans the whole catalogue (home, counts, pavilions). */
  products: "products",
  product: (handle: string) => `product:${handle}`,
  producers: "producers",
  /** The producer and the list of its products. */
  producer: (handle: string) => `producer:${handle}`,
  /** The list of a province's products, by 2025 province code. */
  province: (code: string) => `province:${code}`,
  productSets: "product-sets",
  /** The list of current and coming fairs. */
  fairs: "fairs",
  /** A fair's page and its poster. */
  fair: (handle: string) => `fair:${handle}`,
  regions: "regions",
  /** Every page that shows a price or the live campaigns: a campaign starting or ending changes them. */
  campaigns: "campaigns",
} as const

/** The fallback refresh for when no one invalidates a tag: a minute of staleness at most. */
export const REVALIDATE_SECONDS = 60

const TAG_PATTERN = /^(products|producers|product-sets|regions|fairs|campaigns|product:[a-z0-9-]+|producer:[a-z0-9-]+|fair:[a-z0-9-]+|province:\d{2})$/

/** Whether a tag is one the storefront uses, so its revalidate route refuses anything else. */
export function isCacheTag(tag: string): boolean {
  return TAG_PATTERN.test(tag)
}

/** The tags of the pages that show a product; a handle the pattern would refuse is left out, not sent. */
export function tagsOfProduct(product: { handle: string; producer?: { handle: string; province_code: string } | null }): string[] {
  const tags: string[] = [CACHE_TAGS.products]
  if (HANDLE.test(product.handle)) tags.push(CACHE_TAGS.product(product.handle))
  const producer = product.producer
  if (producer && HANDLE.test(producer.handle)) tags.push(CACHE_TAGS.producer(producer.handle))
  if (producer && PROVINCE_CODE.test(producer.province_code)) tags.push(CACHE_TAGS.province(producer.province_code))
  return tags
}

/** The tags of a producer's own data (name, story, address): its page and the producer list. */
export function tagsOfProducer(producer: { handle: string }): string[] {
  return HANDLE.test(producer.handle) ? [CACHE_TAGS.producers, CACHE_TAGS.producer(producer.handle)] : [CACHE_TAGS.producers]
}

/** The tags of a fair's pages: the list of fairs and its own page. */
export function tagsOfFair(fair: { handle: string }): string[] {
  return HANDLE.test(fair.handle) ? [CACHE_TAGS.fairs, CACHE_TAGS.fair(fair.handle)] : [CACHE_TAGS.fairs]
}
