// Every page that reads the store API goes through loadFromStore: it gives the Medusa client and
// the VND region, and turns a missing key or an unreachable backend into a state the page shows.
import { getMedusa, getMedusaForCachedPage, isStoreStarting } from "./medusa";
import { getStoreRegion } from "./regions";
import { describeError, type StoreClient } from "./store-api";
import type { Region } from "./types";

export type StoreResult<T> =
  | { status: "ready"; data: T }
  | { status: "starting" }
  | { status: "not_configured" }
  | { status: "unavailable" };

export async function loadFromStore<T>(
  what: string,
  load: (medusa: StoreClient, region: Region) => Promise<T>,
  options: { cachedPage?: boolean } = {},
): Promise<StoreResult<T>> {
  const medusa = options.cachedPage ? getMedusaForCachedPage() : await getMedusa();
  if (!medusa) return { status: isStoreStarting() ? "starting" : "not_configured" };

  try {
    return { status: "ready", data: await load(medusa, await getStoreRegion(medusa)) };
  } catch (error) {
    // A buyer gets a sentence, the server log gets the cause.
    console.error(`[${what}] the store API request failed: ${describeError(error)}`);
    return { status: "unavailable" };
  }
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
