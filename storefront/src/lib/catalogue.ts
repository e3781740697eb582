// What the home page shows: the catalogue in VND, or the reason it cannot be shown.
import { getMedusa } from "./medusa";
import { sortByOcopStanding } from "./ocop";
import { listProducts } from "./products";
import { getRegionByCurrency } from "./regions";
import type { Product } from "./types";

export type Catalogue =
  | { status: "ready"; products: Product[] }
  | { status: "not_configured" }
  | { status: "unavailable" };

const CATALOGUE_CURRENCY = "vnd";

export async function loadCatalogue(): Promise<Catalogue> {
  const sdk = await getMedusa();
  if (!sdk) return { status: "not_configured" };

  try {
    const region = await getRegionByCurrency(sdk, CATALOGUE_CURRENCY);
    if (!region) {
      console.error(`[catalogue] the store has no region with currency "${CATALOGUE_CURRENCY}"`);
      return { status: "unavailable" };
    }
    const products = await listProducts(sdk, region.id);
    return { status: "ready", products: sortByOcopStanding(products) };
  } catch (error) {
    // A buyer gets a sentence, the server log gets the cause.
    console.error(`[catalogue] the store API request failed: ${describe(error)}`);
    return { status: "unavailable" };
  }
}

/** "fetch failed (connect ECONNREFUSED 127.0.0.1:9000)": the message and, for network errors, its cause. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}
