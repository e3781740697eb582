import type { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"

/** Loads the 6 industries and 26 product sets every OCOP catalogue is classified by, once. */
export default async function loadDecision148ProductSets({ container }: { container: MedusaContainer }) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  await ocop.ensureDecision148ProductSets()
}
