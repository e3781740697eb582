/**
 * `medusa exec ./integration-tests/set-up-test-shop.ts <result.json> <request.json>`: the shop of the
 * store setup, an operator, the packs the request names and the counter's staff it asks for, for the suites that run the backend as
 * processes of their own (scripts/scale-out.test.ts, scripts/crash-safety.test.ts), which read what
 * it made from <result.json> (the types are theirs, in scripts/backend-processes.ts).
 */
import { readFile, writeFile } from "node:fs/promises"
import type { ExecArgs } from "@medusajs/framework/types"
import { createOperator, createPosStaff, createTestPack, HAI_HAU_SHIPPING_ADDRESS, setUpStore } from "./fixtures"
import type { TestShop, TestShopRequest } from "../../scripts/backend-processes"

export default async function setUpTestShop({ container, args: [resultFile, requestFile] }: ExecArgs) {
  if (!resultFile || !requestFile) throw new Error("Name the result file and the request file.")
  const request = JSON.parse(await readFile(requestFile, "utf8")) as TestShopRequest
  const store = await setUpStore(container)
  await createOperator(container, request.operator.email, request.operator.password)
  const packs: TestShop["packs"] = {}
  for (const [name, pack] of Object.entries(request.packs)) {
    packs[name] = await createTestPack(container, store, `test-${name}`, pack.priceVnd, pack.stock, { showroomStock: pack.showroomStock, gtin: pack.gtin })
  }
  for (const staff of request.posStaff ?? []) await createPosStaff(container, { ...staff, showroomId: store.showroomId })
  const shop: TestShop = { publishableKey: store.publishableKey, regionId: store.regionId, shippingAddress: HAI_HAU_SHIPPING_ADDRESS, packs }
  await writeFile(resultFile, JSON.stringify(shop, null, 2))
}
