// Every page that reads the store API goes through loadFromStore: it gives the Medusa client and
// the VND region, and turns a missing key or an unreachable backend into a state the page shows.
import type Medusa from "@medusajs/js-sdk";
import { getMedusa, getMedusaForCachedPage, isStoreStarting } from "./medusa";
import { getRegionByCurrency } from "./regions";
import type { Region } from "./types";

export type StoreResult<T> =
  | { status: "ready"; data: T }
  | { status: "starting" }
  | { status: "not_configured" }
  | { status: "unavailable" };

const STORE_CURRENCY = "vnd";

export async function loadFromStore<T>(
  what: string,
  load: (sdk: Medusa, region: Region) => Promise<T>,
  options: { cachedPage?: boolean } = {},
): Promise<StoreResult<T>> {
  const sdk = options.cachedPage ? getMedusaForCachedPage() : await getMedusa();
  if (!sdk) return { status: isStoreStarting() ? "starting" : "not_configured" };

  try {
    const region = await getRegionByCurrency(sdk, STORE_CURRENCY);
    if (!region) {
      console.error(`[${what}] the store has no region with currency "${STORE_CURRENCY}"`);
      return { status: "unavailable" };
    }
    return { status: "ready", data: await load(sdk, region) };
  } catch (error) {
    // A buyer gets a sentence, the server log gets the cause.
    console.error(`[${what}] the store API request failed: ${describe(error)}`);
    return { status: "unavailable" };
  }
}

/** "fetch failed (connect ECONNREFUSED 127.0.0.1:9000)": the message and, for network errors, its cause. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

/**
 * Thrown by cached (ISR) pages when the store API does not answer, instead of rendering the notice:
 * Next then keeps serving the last good copy, and only a page never rendered shows the shop's
 * error page (app/[locale]/error.tsx), whose retry renders it again.
 */
export class StoreUnavailableError extends Error {
  constructor(what: string) {
    super(`[${what}] the store API did not answer; the cached page, if any, is kept.`);
    this.name = "StoreUnavailableError";
  }
}
