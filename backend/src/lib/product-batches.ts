/** How a batch reads in the producer, store and admin APIs: its dates, its Digital Link, its scans and whether they look like a copied stamp. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { digitalLinkPath, isScanCountSuspicious } from "@ocop/domain/batches"
import { isGtin13 } from "@ocop/domain/gtin"

export type BatchRecord = {
  id: string
  producer_id: string
  product_id: string
  variant_id: string
  lot_code: string
  quantity: number
  produced_on: string
  best_before: string
  scan_count: number
  last_scanned_at?: Date | string | null
  created_at?: Date | string
}

export type PresentedBatch = BatchRecord & { gtin: string | null; digital_link: string | null; flagged: boolean }

/** The GTIN-13 of each pack, by id, for the Digital Links of its batches. */
export async function gtinsOfVariants(container: MedusaContainer, variantIds: string[]): Promise<Map<string, string>> {
  if (variantIds.length === 0) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "ean"],
    filters: { id: [...new Set(variantIds)] },
  })
  return new Map((data as { id: string; ean?: string | null }[]).filter((variant) => variant.ean && isGtin13(variant.ean)).map((variant) => [variant.id, variant.ean as string]))
}

export function presentBatch(batch: BatchRecord, gtin: string | null): PresentedBatch {
  return {
    id: batch.id,
    producer_id: batch.producer_id,
    product_id: batch.product_id,
    variant_id: batch.variant_id,
    lot_code: batch.lot_code,
    quantity: batch.quantity,
    produced_on: batch.produced_on,
    best_before: batch.best_before,
    scan_count: batch.scan_count,
    last_scanned_at: batch.last_scanned_at ?? null,
    created_at: batch.created_at,
    gtin,
    digital_link: gtin ? digitalLinkPath(gtin, batch.lot_code) : null,
    flagged: isScanCountSuspicious(batch.scan_count, batch.quantity),
  }
}

export async function presentBatches(container: MedusaContainer, batches: BatchRecord[]): Promise<PresentedBatch[]> {
  const gtins = await gtinsOfVariants(container, batches.map((batch) => batch.variant_id))
  return batches.map((batch) => presentBatch(batch, gtins.get(batch.variant_id) ?? null))
}

/** The published pack carrying this GTIN-13, or null: a draft's batches are nobody's to trace yet. */
export async function publishedVariantOfGtin(container: MedusaContainer, gtin: string): Promise<{ id: string; product_id: string } | null> {
  if (!isGtin13(gtin)) return null
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product_id", "product.status"],
    filters: { ean: gtin },
  })
  const variant = (data as { id: string; product_id: string; product?: { status?: string } | null }[]).find((row) => row.product?.status === "published")
  return variant ? { id: variant.id, product_id: variant.product_id } : null
}
