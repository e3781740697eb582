// What a batch's label sheet prints, read with the producer member's session: the batch (the
// producer API answers another producer's with 404), its producer, and its product's OCOP star.
import { digitalLinkPath } from "@ocop/domain/batches";
import { todayInVietnam } from "@ocop/domain/vietnam-date";
import type { ProducerSession } from "./producer-portal";
import { isRefusal, type StoreClient } from "./store-api";
import { findProductByTraceCode } from "./trace";

export type ProducerBatch = {
  id: string;
  lot_code: string;
  quantity: number;
  produced_on: string;
  best_before: string;
  gtin: string | null;
  pack_title: string | null;
  product: { id: string; title: string; handle: string } | null;
};

export type BatchLabel = {
  productTitle: string;
  packTitle: string | null;
  producerName: string;
  starRating: number | null;
  gtin: string;
  lotCode: string;
  producedOn: string;
  bestBefore: string;
  /** The path of the GS1 Digital Link, /01/<GTIN-14>/10/<lot>. */
  digitalLink: string;
};

export type LabelsResult = { status: "ready"; label: BatchLabel; quantity: number } | { status: "signed_out" } | { status: "not_found" } | { status: "no_gtin" };

/** How many labels a sheet of 70 × 37 mm stickers holds on A4: 3 across, 8 down. */
export const LABELS_PER_SHEET = 24;
/** At most this many sheets in one print, whatever the batch's quantity. */
export const MAX_SHEETS = 20;

/** The number of labels asked for in `?count`, in whole sheets' worth at most MAX_SHEETS; one sheet when not asked. */
export function labelCount(asked: string | undefined): number {
  const count = Number(asked);
  if (!asked || !Number.isInteger(count) || count < 1) return LABELS_PER_SHEET;
  return Math.min(count, LABELS_PER_SHEET * MAX_SHEETS);
}

export async function loadBatchLabel(medusa: StoreClient, session: ProducerSession, batchId: string, regionId: string): Promise<LabelsResult> {
  const { token, producerId } = session;
  if (!token) return { status: "signed_out" };
  // The producer the member chose, when they work for several: its batches, its name on the label.
  const headers = producerId ? { "x-producer-id": producerId } : undefined;
  let batch: ProducerBatch;
  let producerName: string;
  try {
    const [batchAnswer, me] = await Promise.all([
      medusa.fetch<{ batch: ProducerBatch }>(`/producer/batches/${encodeURIComponent(batchId)}`, { token, headers }),
      medusa.fetch<{ producer?: { name: string } | null }>("/producer/me", { token, headers }),
    ]);
    batch = batchAnswer.batch;
    producerName = me.producer?.name ?? "";
  } catch (error) {
    if (isRefusal(error, 401)) return { status: "signed_out" };
    if (isRefusal(error, 404) || isRefusal(error, 400)) return { status: "not_found" };
    throw error;
  }
  if (!batch.gtin) return { status: "no_gtin" };
  const published = await findProductByTraceCode(medusa, batch.gtin, regionId, todayInVietnam());
  const certificate = published?.ocop?.current_certificate ?? null;
  return {
    status: "ready",
    quantity: batch.quantity,
    label: {
      productTitle: batch.product?.title ?? "",
      packTitle: batch.pack_title,
      producerName,
      starRating: certificate?.star_rating ?? null,
      gtin: batch.gtin,
      lotCode: batch.lot_code,
      producedOn: batch.produced_on,
      bestBefore: batch.best_before,
      digitalLink: digitalLinkPath(batch.gtin, batch.lot_code),
    },
  };
}
