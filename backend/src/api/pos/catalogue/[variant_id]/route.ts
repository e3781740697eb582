/** GET: one pack the showroom sells, with its stock there (another showroom's pack is the guard's 404). */
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { PosRequest } from "../../../../lib/pos-access"
import { counterPacks, presentCounterPack } from "../../../../lib/pos-catalogue"

export async function GET(req: PosRequest, res: MedusaResponse) {
  const [pack] = await counterPacks(req.scope, req.showroom, [req.params.variant_id!])
  if (!pack) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This showroom does not sell pack ${req.params.variant_id} now.`)
  res.json({ pack: presentCounterPack(pack) })
}
