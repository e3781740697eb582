import { FetchError } from "@medusajs/js-sdk";
import type Medusa from "@medusajs/js-sdk";
import { CACHE_TAGS, REVALIDATE_SECONDS } from "./cache";
import { STORE_API_TIMEOUT_MS } from "./medusa";
import type { Producer, ProducerListResponse } from "./types";

/** Approved producers, by name; in one province when its 2025 code is given. */
export async function listProducers(
  sdk: Medusa,
  options: { provinceCode?: string; limit?: number; offset?: number } = {},
): Promise<ProducerListResponse> {
  const { provinceCode, limit = 100, offset = 0 } = options;
  return sdk.client.fetch<ProducerListResponse>("/store/producers", {
    query: { limit, offset, ...(provinceCode ? { province_code: provinceCode } : {}) },
    next: { tags: [CACHE_TAGS.producers], revalidate: REVALIDATE_SECONDS },
    signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
  });
}

/** The approved producer with this handle, or null (the backend answers 404 for others too). */
export async function getProducerByHandle(sdk: Medusa, handle: string): Promise<Producer | null> {
  try {
    const { producer } = await sdk.client.fetch<{ producer: Producer }>(`/store/producers/${encodeURIComponent(handle)}`, {
      next: { tags: [CACHE_TAGS.producers, CACHE_TAGS.producer(handle)], revalidate: REVALIDATE_SECONDS },
      signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
    });
    return producer;
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null;
    throw error;
  }
}
