// Filters, facets, sorting and pages of the catalogue.
//
// For now the storefront filters the decorated product list itself: Medusa's /store/products
// cannot filter on OCOP stars, industry, product set or the producer's province (they are links
// and computed fields), nor sort by price. That is fine for hundreds of products, not for tens of
// thousands: Meilisearch facets (issue #4) replace this file, behind the same searchCatalogue().
import type Medusa from "@medusajs/js-sdk";
import type { CatalogueQuery } from "./catalogue-query";
import { certifiedStars, sortByOcopStanding } from "./ocop";
import { startingPrice } from "./prices";
import { listAllProducts } from "./products";
import { inStock } from "./stock";
import type { Product, StarRating } from "./types";

export const CATALOGUE_PAGE_SIZE = 24;

export type CatalogueFacets = {
  stars: Map<StarRating, number>;
  /** By industry handle. */
  industries: Map<string, number>;
  /** By product set handle. */
  productSets: Map<string, number>;
  /** By 2025 province code. */
  provinces: Map<string, number>;
};

export type CataloguePage = {
  products: Product[];
  /** Products matching the filters, over all pages. */
  count: number;
  pageCount: number;
  facets: CatalogueFacets;
};

export async function searchCatalogue(sdk: Medusa, regionId: string, query: CatalogueQuery): Promise<CataloguePage> {
  return filterCatalogue(await listAllProducts(sdk, regionId), query);
}

type Facet = "stars" | "industry" | "productSet" | "province" | "price" | "inStock";

/** Each filter as a test of one product; a facet's counts apply every filter but its own. */
function matches(product: Product, query: CatalogueQuery, skip?: Facet): boolean {
  const ocop = product.ocop;
  if (skip !== "stars" && query.stars.length > 0) {
    const stars = certifiedStars(ocop);
    if (stars === null || !query.stars.includes(stars)) return false;
  }
  if (skip !== "industry" && query.industry && ocop?.industry?.handle !== query.industry) return false;
  if (skip !== "productSet" && query.productSet && ocop?.product_set?.handle !== query.productSet) return false;
  if (skip !== "province" && query.province && product.producer?.province.code !== query.province) return false;
  if (skip !== "price" && (query.priceMin !== null || query.priceMax !== null)) {
    const price = startingPrice(product.variants);
    if (!price) return false;
    if (query.priceMin !== null && price.amount < query.priceMin) return false;
    if (query.priceMax !== null && price.amount > query.priceMax) return false;
  }
  if (skip !== "inStock" && query.inStock && !inStock(product)) return false;
  return true;
}

function count<K>(products: readonly Product[], key: (product: Product) => K | null | undefined): Map<K, number> {
  const counts = new Map<K, number>();
  for (const product of products) {
    const value = key(product);
    if (value !== null && value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

const amount = (product: Product) => startingPrice(product.variants)?.amount ?? null;

/** Cheapest or dearest first; products without a price go last either way. */
function comparePrice(a: Product, b: Product, direction: 1 | -1): number {
  const x = amount(a);
  const y = amount(b);
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return (x - y) * direction;
}

const newestFirst = (a: Product, b: Product) => b.created_at.localeCompare(a.created_at);

function sort(products: readonly Product[], order: CatalogueQuery["sort"]): Product[] {
  switch (order) {
    case "featured":
      return sortByOcopStanding(products);
    case "stars":
      return products.toSorted(
        (a, b) => (certifiedStars(b.ocop) ?? 0) - (certifiedStars(a.ocop) ?? 0) || newestFirst(a, b),
      );
    case "price_asc":
      return products.toSorted((a, b) => comparePrice(a, b, 1));
    case "price_desc":
      return products.toSorted((a, b) => comparePrice(a, b, -1));
    case "newest":
      return products.toSorted(newestFirst);
  }
}

export function filterCatalogue(products: readonly Product[], query: CatalogueQuery, pageSize = CATALOGUE_PAGE_SIZE): CataloguePage {
  const matching = products.filter((product) => matches(product, query));
  const facetOf = (skip: Facet) => products.filter((product) => matches(product, query, skip));
  const facets: CatalogueFacets = {
    stars: count(facetOf("stars"), (product) => certifiedStars(product.ocop)),
    industries: count(facetOf("industry"), (product) => product.ocop?.industry?.handle),
    productSets: count(facetOf("productSet"), (product) => product.ocop?.product_set?.handle),
    provinces: count(facetOf("province"), (product) => product.producer?.province.code),
  };
  const sorted = sort(matching, query.sort);
  const start = (query.page - 1) * pageSize;
  return {
    products: sorted.slice(start, start + pageSize),
    count: matching.length,
    pageCount: Math.max(1, Math.ceil(matching.length / pageSize)),
    facets,
  };
}
