import { formerUnits as formerUnitsOf } from "@ocop/domain/address-format";
import { CACHE_TAGS } from "@ocop/domain/cache-tags";
import { isRefusal, type StoreClient } from "./store-api";
import type { Producer, ProducerListResponse } from "./types";

/** Approved producers, by name; in one province when its 2025 code is given. */
export async function listProducers(
  medusa: StoreClient,
  options: { provinceCode?: string; limit?: number; offset?: number } = {},
): Promise<ProducerListResponse> {
  const { provinceCode, limit = 100, offset = 0 } = options;
  return medusa.fetch<ProducerListResponse>("/store/producers", {
    query: { limit, offset, province_code: provinceCode },
    cache: { tags: [CACHE_TAGS.producers] },
  });
}

/** The approved producer with this handle, or null (the backend answers 404 for others too, 400 for what cannot be a handle). */
export async function getProducerByHandle(medusa: StoreClient, handle: string): Promise<Producer | null> {
  try {
    const { producer } = await medusa.fetch<{ producer: Producer }>(`/store/producers/${encodeURIComponent(handle)}`, {
      cache: { tags: [CACHE_TAGS.producers, CACHE_TAGS.producer(handle)] },
    });
    return producer;
  } catch (error) {
    if (isRefusal(error, 404) || isRefusal(error, 400)) return null;
    throw error;
  }
}

/**
 * The pre-2025 units of a producer's address, when they differ from its 2025 commune and province
 * (the 2025 reform merged provinces and communes and abolished districts); null when they do not.
 */
export function formerUnits(producer: Pick<Producer, "address_as_issued" | "province" | "commune">): string | null {
  const former = formerUnitsOf(producer.address_as_issued, { commune: producer.commune?.name, province: producer.province?.name });
  return former ? former.join(", ") : null;
}

export function producerStory(producer: Pick<Producer, "story_vi" | "story_en">, locale: "vi" | "en"): string | null {
  return (locale === "en" && producer.story_en) || producer.story_vi || null;
}
