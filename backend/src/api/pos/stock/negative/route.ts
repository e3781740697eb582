/** GET: for the manager, the showroom's packs whose stock at its location went below 0 (sold beyond it, offline or approved), and by how much. */
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertManagerFor } from "@ocop/domain/pos"
import { enforce } from "../../../../lib/domain-rules"
import type { PosRequest } from "../../../../lib/pos-access"
import { negativeStock } from "../../../../lib/pos-catalogue"

export async function GET(req: PosRequest, res: MedusaResponse) {
  enforce(() => assertManagerFor("see the packs sold beyond stock", req.pos_staff), MedusaError.Types.FORBIDDEN)
  const packs = await negativeStock(req.scope, req.showroom)
  res.json({ packs, count: packs.length })
}
