// The groups of products that the home, product, producer and province pages show, picked from the
// catalogue list (cached by the "products" tag) so a page makes one store API read for all of them.
import { certifiedStars, sortByOcopStanding } from "./ocop";
import type { Product } from "./types";

export function productsOfProducer(products: readonly Product[], producerHandle: string): Product[] {
  return sortByOcopStanding(products.filter((product) => product.producer?.handle === producerHandle));
}

export function productsInProvince(products: readonly Product[], provinceCode: string): Product[] {
  return sortByOcopStanding(products.filter((product) => product.producer?.province?.code === provinceCode));
}

/** The producer's other products, best certified first. */
export function moreFromProducer(product: Product, products: readonly Product[], limit = 4): Product[] {
  const handle = product.producer?.handle;
  if (!handle) return [];
  return productsOfProducer(products, handle)
    .filter((other) => other.id !== product.id)
    .slice(0, limit);
}

/** Other producers' products from the same province (the producer's own are shown apart). */
export function moreFromProvince(product: Product, products: readonly Product[], limit = 4): Product[] {
  const code = product.producer?.province?.code;
  if (!code) return [];
  return productsInProvince(products, code)
    .filter((other) => other.producer?.handle !== product.producer?.handle)
    .slice(0, limit);
}

/** National (5★) products with a current certificate. */
export function nationalProducts(products: readonly Product[], limit = 8): Product[] {
  return products.filter((product) => certifiedStars(product.ocop) === 5).slice(0, limit);
}

/** The latest listings first. */
export function newestProducts(products: readonly Product[], limit = 8): Product[] {
  return products.toSorted((a, b) => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id)).slice(0, limit);
}
