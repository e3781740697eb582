import type { ExecArgs } from "@medusajs/framework/types"
import { loadSampleCatalogue, loadSamplePhotos } from "./load-catalogue"

const PARTS = ["products", "photos"] as const

/**
 * `medusa exec ../seed/src/load.ts [products|photos]`: loads the sample catalogue into the
 * configured database, both parts unless one is named. The local stack loads the products, opens
 * the shop, then loads the photos.
 */
export default async function load({ container, args }: ExecArgs) {
  const asked = args.filter((arg) => arg.trim())
  const unknown = asked.filter((arg) => !(PARTS as readonly string[]).includes(arg))
  if (unknown.length) throw new Error(`Unknown part "${unknown.join(", ")}" of the sample catalogue: name products, photos or nothing (both).`)
  const parts = asked.length ? asked : PARTS
  if (parts.includes("products")) await loadSampleCatalogue(container)
  if (parts.includes("photos")) await loadSamplePhotos(container)
}
