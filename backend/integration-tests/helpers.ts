/** What every backend integration test starts from: an operator login, a publishable key, Decision 148's product sets. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { startMeilisearch } from "../../scripts/local-services"
import { findFreePort } from "../../scripts/ports"
import { OCOP_MODULE } from "../src/modules/ocop"
import type OcopModuleService from "../src/modules/ocop/service"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }

export async function prepareTestStore(container: MedusaContainer, api: Api) {
  await (container.resolve(OCOP_MODULE) as OcopModuleService).ensureDecision148ProductSets()

  const email = "operator@test.example.vn"
  const password = "operator-test-password"
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } } as any)
  const { result: users } = await createUsersWorkflow(container).run({ input: { users: [{ email }] } })
  await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: users[0]!.id } })
  const { data: login } = await api.post("/auth/user/emailpass", { email, password })
  const adminHeaders = { headers: { authorization: `Bearer ${login.token}` } }

  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Web" }] } })
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key!.id, add: [channel!.id] } })
  const storeHeaders = { headers: { "x-publishable-api-key": key!.token } }

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Việt Nam", currency_code: "vnd", countries: ["vn"] }] },
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sets } = await query.graph({ entity: "product_set", fields: ["id", "number", "handle"] })
  const productSetId = (number: number) => sets.find((s: { number: number }) => s.number === number)!.id as string

  return { adminHeaders, storeHeaders, salesChannelId: channel!.id, regionId: region!.id, productSetId }
}

/** A Meilisearch of the suite's own (the npm-shipped binary on a free port, data in a temporary directory). */
export async function startTestMeilisearch() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "ocop-meilisearch-"))
  const masterKey = `test-master-key-${process.pid}-${Date.now()}`
  const meilisearch = await startMeilisearch({ dataDir, port: await findFreePort(), masterKey })
  return {
    host: meilisearch.host,
    masterKey,
    stop: async () => {
      await meilisearch.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** Reads until `accept` takes the value (search follows writes within moments), else fails showing the last one. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: T
  do {
    last = await read()
    if (accept(last)) return last
    await new Promise((resolve) => setTimeout(resolve, 50))
  } while (Date.now() < deadline)
  throw new Error(`Still not as expected after ${timeoutMs} ms: ${JSON.stringify(last).slice(0, 2000)}`)
}
