// The counter's copy of the showroom's catalogue, searched the way GET /pos/catalogue searches it, so
// a scan and a name typed without diacritics still find packs with the connection gone.
import { hasEveryWord } from "@ocop/domain/search-query";
import type { CounterPack } from "./pos-types";

/** The packs whose name, producer or SKU hold every word typed (the last one as a prefix), of one industry if asked. */
export function searchPacks(packs: readonly CounterPack[], { q, industry }: { q?: string; industry?: string }): CounterPack[] {
  return packs.filter(
    (pack) =>
      (!industry || pack.industry?.code === industry) &&
      (!q?.trim() || hasEveryWord([pack.title, pack.variant_title, pack.producer.name, pack.sku], q, { asYouType: true })),
  );
}

/** The industries the packs belong to, for the grid's tabs, in the order they first appear. */
export function industriesOf(packs: readonly CounterPack[]): { code: string; name_vi: string }[] {
  const seen = new Map<string, { code: string; name_vi: string }>();
  for (const pack of packs) if (pack.industry && !seen.has(pack.industry.code)) seen.set(pack.industry.code, pack.industry);
  return [...seen.values()];
}

/** Packs sold beyond the showroom's stock (offline sales, a manager's approval): the manager's "Tồn kho âm" list. */
export function negativeStock(packs: readonly CounterPack[]): CounterPack[] {
  return packs.filter((pack) => pack.stock !== null && pack.stock < 0).sort((a, b) => (a.stock ?? 0) - (b.stock ?? 0));
}
