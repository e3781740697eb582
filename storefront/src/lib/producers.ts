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

/** The units an address names, as printed: "xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn". */
export type AddressUnits = { commune: string | null; district: string | null; province: string | null };

const COMMUNE_WORD = /^(xã|phường|thị trấn|đặc khu)\s/iu;
const DISTRICT_WORD = /^(huyện|quận|thị xã|thành phố)\s/iu;
const PROVINCE_WORD = /^(tỉnh|thành phố)\s/iu;

/**
 * Reads the commune, district and province out of an address as issued. Villages and streets are
 * skipped; a "thành phố" is the province when it comes last, else a district-level city.
 */
export function addressUnits(address: string): AddressUnits {
  const parts = address
    .normalize("NFC")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const units: AddressUnits = { commune: null, district: null, province: null };
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    if (last && PROVINCE_WORD.test(part)) units.province = part;
    else if (COMMUNE_WORD.test(part)) units.commune = part;
    else if (DISTRICT_WORD.test(part)) units.district = part;
  });
  return units;
}

const bare = (name: string) =>
  name
    .normalize("NFC")
    .replace(/^(xã|phường|thị trấn|đặc khu|tỉnh|thành phố)\s+/iu, "")
    .toLocaleLowerCase("vi");

/**
 * The pre-2025 units of a producer's address, when they differ from its 2025 commune and province
 * (the 2025 reform merged provinces and communes and abolished districts); null when they do not.
 */
export function formerUnits(producer: Pick<Producer, "address_as_issued" | "province" | "commune">): string | null {
  const old = addressUnits(producer.address_as_issued);
  const provinceChanged = old.province !== null && producer.province && bare(old.province) !== bare(producer.province.name);
  const communeChanged = old.commune !== null && (!producer.commune || bare(old.commune) !== bare(producer.commune.name));
  if (!provinceChanged && !communeChanged && old.district === null) return null;
  const names = [old.commune, old.district, old.province].filter((name): name is string => name !== null);
  return names.length > 0 ? names.join(", ") : null;
}

export function producerStory(producer: Pick<Producer, "story_vi" | "story_en">, locale: "vi" | "en"): string | null {
  return (locale === "en" && producer.story_en) || producer.story_vi || null;
}
