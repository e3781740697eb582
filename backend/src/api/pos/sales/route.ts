/**
 * GET: the showroom's sales, newest first (`?shift_id=` for one shift's). POST: record a sale, once
 * per idempotency key (the `Idempotency-Key` header or `idempotency_key`): 201 when recorded now,
 * 200 with the same sale for every later send of the key.
 */
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { PosRequest } from "../../../lib/pos-access"
import { completePosSaleOnce, IDEMPOTENCY_HEADER, readSale } from "../../../lib/pos-sales"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import type { PosCreateSale, PosListSalesQuery } from "../validators"

export async function GET(req: PosRequest<unknown, PosListSalesQuery>, res: MedusaResponse) {
  const { shift_id, limit, offset } = req.validatedQuery as PosListSalesQuery
  const [rows, count] = await req.scope
    .resolve<PosModuleService>(POS_MODULE)
    .listAndCountPosSales({ showroom_id: req.showroom.id, ...(shift_id ? { shift_id } : {}) }, { select: ["id"], order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ sales: await Promise.all(rows.map((row) => readSale(req.scope, row.id))), count, offset, limit })
}

export async function POST(req: PosRequest<PosCreateSale>, res: MedusaResponse) {
  const { idempotency_key: fromBody, ...sale } = req.validatedBody
  const fromHeader = req.get(IDEMPOTENCY_HEADER)?.trim()
  if (fromHeader && fromBody && fromHeader !== fromBody) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Idempotency-Key header and idempotency_key differ: send the sale's key once, in either.")
  }
  const key = fromHeader || fromBody
  if (!key || key.length < 8 || key.length > 100) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Send the sale's idempotency key (the Idempotency-Key header or idempotency_key, 8 to 100 characters, a UUID is best), so a retry records it once.",
    )
  }
  const { sale: recorded, replayed } = await completePosSaleOnce(req.scope, {
    ...sale,
    idempotency_key: key,
    showroom: req.showroom,
    staff: req.pos_staff,
    approver: req.pos_approver ?? null,
    approval: req.pos_approval ?? null,
  })
  res.status(replayed ? 200 : 201).json({ sale: recorded })
}
