// The handles and codes a catalogue URL may name, for the proxy to tell a cached view
// (lib/catalogue-views.ts) before the page renders. The provinces are the 2025 list itself; the
// industries and product sets are the store's, read at most once a minute and kept meanwhile, so
// the proxy never waits on the backend for a request: until the first answer, and while the store
// cannot be reached, every view renders per request, which shows the buyer what the store says.
import { listProvinces } from "@ocop/domain/admin-units";
import { REVALIDATE_SECONDS } from "@ocop/domain/cache-tags";
import type { KnownValues } from "./catalogue-query";
import { getMedusaForCachedPage } from "./medusa";
import { industriesOf, listProductSets } from "./product-sets";

const PROVINCE_CODES: ReadonlySet<string> = new Set(listProvinces().map((province) => province.code));

let known: { values: KnownValues; readAt: number } | undefined;
let reading: Promise<void> | undefined;

/** The values as last read, starting a fresh read in the background when they are a minute old. */
export function knownCatalogueValues(now = Date.now()): KnownValues | null {
  if (!known || now - known.readAt > REVALIDATE_SECONDS * 1000) reading ??= read().finally(() => (reading = undefined));
  return known?.values ?? null;
}

async function read(): Promise<void> {
  const medusa = getMedusaForCachedPage();
  if (!medusa) return;
  try {
    const productSets = await listProductSets(medusa);
    known = {
      values: {
        industries: new Set(industriesOf(productSets).map((industry) => industry.handle)),
        productSets: new Set(productSets.map((set) => set.handle)),
        provinces: PROVINCE_CODES,
      },
      readAt: Date.now(),
    };
  } catch {
    // The page rendered per request reports the store being out of reach; the next request tries again.
  }
}
