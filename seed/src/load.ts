import type { ExecArgs } from "@medusajs/framework/types"
import { loadSampleCatalogue } from "./load-catalogue"

/** `medusa exec ../seed/src/load.ts`: loads the sample catalogue into the configured database. */
export default async function load({ container }: ExecArgs) {
  await loadSampleCatalogue(container)
}
