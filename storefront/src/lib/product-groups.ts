// The groups of products that the home, product, producer and province pages show, each one
// question to the search index (Meilisearch, or the backend's Postgres search when it is down):
// a page costs the same with 35 products or 50,000. Each answer is cached under the tags of the
// products behind it, so a change to one product refreshes only the pages that list it.
import { CACHE_TAGS } from "@ocop/domain/cache-tags";
import { keyedFacets } from "./catalogue-search";
import { type ProductSearchHit, type ProductSearchRequest, searchProducts } from "./search";

/** A shelf's length on the product page: one row of four on a wide screen, two of two on a phone. */
export const SHELF_SIZE = 4;
/** The home page's shelves. */
export const HOME_SHELF_SIZE = 8;
/** Products a producer's page or a pavilion lists before pointing to the catalogue for the rest. */
export const LISTED_PRODUCTS = 48;

export type ProductList = { products: ProductSearchHit[]; /** All that match, listed or not. */ total: number };

async function list(request: Omit<ProductSearchRequest, "q">): Promise<ProductList> {
  const { hits, total } = await searchProducts({ q: "", ...request, exactTotal: true });
  return { products: hits, total };
}

/** A producer's products, best certified first. */
export function productsOfProducer(producerHandle: string, limit = LISTED_PRODUCTS): Promise<ProductList> {
  return list({ filters: { producerHandle }, limit, cacheTags: [CACHE_TAGS.producer(producerHandle)] });
}

/** A province's products, best certified first. */
export function productsInProvince(provinceCode: string, limit = LISTED_PRODUCTS): Promise<ProductList> {
  return list({ filters: { provinceCode }, limit, cacheTags: [CACHE_TAGS.province(provinceCode)] });
}

/** The producer's other products, best certified first. */
export async function moreFromProducer(product: { id: string; producerHandle: string }): Promise<ProductSearchHit[]> {
  // One more than shown, as the product itself is among them.
  const { products } = await productsOfProducer(product.producerHandle, SHELF_SIZE + 1);
  return products.filter((other) => other.id !== product.id).slice(0, SHELF_SIZE);
}

/** Other producers' products from the same province (the producer's own are shown apart). */
export async function moreFromProvince(product: { producerHandle: string; provinceCode: string }): Promise<ProductSearchHit[]> {
  const { products } = await list({
    filters: { provinceCode: product.provinceCode, notProducerHandle: product.producerHandle },
    limit: SHELF_SIZE,
    cacheTags: [CACHE_TAGS.province(product.provinceCode)],
  });
  return products;
}

/** National (5★) products with a current certificate. */
export function nationalProducts(limit = HOME_SHELF_SIZE): Promise<ProductList> {
  return list({ filters: { starRatings: [5] }, limit, cacheTags: [CACHE_TAGS.products] });
}

/** The latest listings first. */
export function newestProducts(limit = HOME_SHELF_SIZE): Promise<ProductList> {
  return list({ sort: "newest", limit, cacheTags: [CACHE_TAGS.products] });
}

/** How many products each province has, by 2025 province code (provinces with none are absent). */
export async function countByProvince(): Promise<Map<string, number>> {
  const { facets } = await searchProducts({ q: "", limit: 0, facets: ["province"], cacheTags: [CACHE_TAGS.products] });
  // Only provinces are counted: no product sets are needed to key them.
  return keyedFacets(facets, []).provinces;
}
