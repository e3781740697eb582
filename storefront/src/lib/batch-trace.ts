// A batch's trace page, opened from its label's GS1 Digital Link (/01/<GTIN-14>/10/<lot>): the
// batch the link names, and whether this opening is a person's scan to count.
import { gtin13OfGtin14, isLotCode } from "@ocop/domain/batches";
import { isRefusal, type StoreClient } from "./store-api";

export type TracedBatch = {
  lot_code: string;
  product_id: string;
  variant_id: string;
  gtin: string;
  quantity: number;
  produced_on: string;
  best_before: string;
  scan_count: number;
  flagged: boolean;
};

/** The GTIN-13 and lot a Digital Link's path segments name, or null when they cannot name a batch. */
export function parseDigitalLink(gtin14: string, lot: string): { gtin: string; lot: string } | null {
  const gtin = gtin13OfGtin14(gtin14);
  const decodedLot = safeDecode(lot);
  if (!gtin || decodedLot === null || !isLotCode(decodedLot)) return null;
  return { gtin, lot: decodedLot };
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The published pack's batch of this lot, or null when the marketplace has none. */
export async function findBatch(medusa: StoreClient, gtin: string, lot: string): Promise<TracedBatch | null> {
  try {
    const { batch } = await medusa.fetch<{ batch: TracedBatch }>(`/store/trace/${gtin}/batches/${encodeURIComponent(lot)}`);
    return batch;
  } catch (error) {
    if (isRefusal(error, 404)) return null;
    throw error;
  }
}

/** Counts this opening under `scanKey` (the same key counts once); the batch with its new count and flag. */
export async function recordBatchScan(medusa: StoreClient, batch: TracedBatch, scanKey: string): Promise<TracedBatch> {
  const { scan } = await medusa.fetch<{ scan: { scan_count: number; flagged: boolean } }>(
    `/store/trace/${batch.gtin}/batches/${encodeURIComponent(batch.lot_code)}/scans`,
    { method: "POST", body: { scan_key: scanKey } },
  );
  return { ...batch, scan_count: scan.scan_count, flagged: scan.flagged };
}

const CRAWLER = /bot|crawl|spider|slurp|preview|facebookexternalhit|zalo.*(link|preview)|headless|curl|wget|python-requests|httpclient/i;

/**
 * Whether a request for the trace page is a person opening it: a browser's navigation to the
 * document (not Next's prefetch, nor a client-side router's data request), from no known crawler
 * or link previewer. A scanner's camera app opens the link as such a navigation.
 */
export function isCountableScan(headers: Pick<Headers, "get">): boolean {
  if (headers.get("next-router-prefetch") || headers.get("rsc")) return false;
  const purpose = `${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""}`;
  if (/prefetch|prerender/i.test(purpose)) return false;
  const destination = headers.get("sec-fetch-dest");
  if (destination && destination !== "document") return false;
  const agent = headers.get("user-agent") ?? "";
  return agent.length > 0 && !CRAWLER.test(agent);
}
