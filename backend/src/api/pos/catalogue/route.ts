/**
 * GET: what the counter sells, with the showroom's own stock: `?gtin=` is a scanner's lookup (the
 * pack with that GTIN-13), `?q=` a name search typed with or without diacritics (the last word as
 * a prefix while typing), `?industry=` a grid tab.
 */
import type { MedusaResponse } from "@medusajs/framework/http"
import { hasEveryWord } from "@ocop/domain/search-query"
import type { PosRequest } from "../../../lib/pos-access"
import { counterPacks, presentCounterPack, variantIdsWithGtin } from "../../../lib/pos-catalogue"
import type { PosCatalogueQuery } from "../validators"

export async function GET(req: PosRequest<unknown, PosCatalogueQuery>, res: MedusaResponse) {
  const { gtin, q, industry, limit, offset } = req.validatedQuery as PosCatalogueQuery
  // A scan reads only the packs of that barcode, so it stays quick however large the shelf.
  const candidates = gtin ? await counterPacks(req.scope, req.showroom, await variantIdsWithGtin(req.scope, gtin)) : await counterPacks(req.scope, req.showroom)
  const packs = candidates.filter(
    (pack) =>
      (!gtin || pack.gtin === gtin) &&
      (!industry || pack.industry?.code === industry) &&
      (!q || hasEveryWord([pack.title, pack.variant_title, pack.producer.name, pack.sku], q, { asYouType: true })),
  )
  res.json({ packs: packs.slice(offset, offset + limit).map(presentCounterPack), count: packs.length, offset, limit })
}
