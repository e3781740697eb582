import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { loadSampleCatalogue } from "../../../seed/src/load-catalogue"
import { PUBLISHABLE_KEY_TITLE } from "../../../seed/src/store-setup-names"
import { DEMO_ACCOUNTS } from "../../../seed/src/demo-accounts"
import { readFacts } from "../../../seed/src/facts"
import { ensureSearchKey } from "../../../scripts/local-services"
import { PRODUCT_SEARCH_MODULE } from "../../src/modules/product-search"
import type { ProductSearchDocument } from "../../src/modules/product-search/document"
import type ProductSearchModuleService from "../../src/modules/product-search/service"
import { PRODUCT_SEARCH_CHECK_REQUESTED } from "../../src/modules/product-search/service"
import { PRODUCT_INDEX_SETTINGS_HASH } from "../../src/modules/product-search/settings"
import { rebuildProductSearchWorkflow } from "../../src/workflows/rebuild-product-search"
import { eventually, startTestMeilisearch } from "../helpers"

jest.setTimeout(15 * 60 * 1000)

const INDEX = "products"
let meilisearch: Awaited<ReturnType<typeof startTestMeilisearch>>
let searchKey: string

// Before the runner's own beforeAll: the backend reads MEILISEARCH_* when it boots.
beforeAll(async () => {
  meilisearch = await startTestMeilisearch()
  process.env.MEILISEARCH_HOST = meilisearch.host
  process.env.MEILISEARCH_MASTER_KEY = meilisearch.masterKey
  process.env.MEILISEARCH_INDEX = INDEX
  searchKey = await ensureSearchKey(meilisearch.host, meilisearch.masterKey, INDEX)
})

afterAll(async () => {
  await meilisearch?.stop()
  delete process.env.MEILISEARCH_HOST
  delete process.env.MEILISEARCH_MASTER_KEY
  delete process.env.MEILISEARCH_INDEX
})

type SearchResponse = {
  hits: ProductSearchDocument[]
  estimatedTotalHits: number
  facetDistribution?: Record<string, Record<string, number>>
}

/** What the storefront does: search the one index with the browser's search-only key. */
async function search(body: Record<string, unknown>, key = searchKey): Promise<SearchResponse> {
  const response = await fetch(`${meilisearch.host}/indexes/${INDEX}/search`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ limit: 50, ...body }),
  })
  if (!response.ok) throw new Error(`Search failed: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()) as SearchResponse
}

const titles = (result: SearchResponse) => result.hits.map((hit) => hit.title)

/** Calls Meilisearch's API as the server does, with the master key. */
async function meilisearchAdmin(method: string, route: string, body?: unknown) {
  const response = await fetch(`${meilisearch.host}${route}`, {
    method,
    headers: { Authorization: `Bearer ${meilisearch.masterKey}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json().catch(() => null)) as any }
}

async function documentCount(): Promise<number> {
  const { status, body } = await meilisearchAdmin("GET", `/indexes/${INDEX}/stats`)
  return status === 200 ? (body.numberOfDocuments as number) : -1
}

async function document(id: string): Promise<ProductSearchDocument | null> {
  const { status, body } = await meilisearchAdmin("GET", `/indexes/${INDEX}/documents/${id}`)
  return status === 200 ? (body as ProductSearchDocument) : null
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbUtils }) => {
    const facts = readFacts()
    const namesStartingWith = (prefix: string) =>
      facts.products.map((p) => p.name_vi.normalize("NFC")).filter((name) => name.startsWith(prefix))

    let storeHeaders: { headers: Record<string, string> }
    let storeProducts: any[]

    const readStore = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: keys } = await query.graph({ entity: "api_key", fields: ["token"], filters: { title: PUBLISHABLE_KEY_TITLE } })
      storeHeaders = { headers: { "x-publishable-api-key": keys[0]!.token } }
      const { data: regions } = await api.get("/store/regions", storeHeaders)
      const vietnam = regions.regions.find((r: { currency_code: string }) => r.currency_code === "vnd")
      storeProducts = (
        await api.get(`/store/products?limit=100&region_id=${vietnam.id}&fields=*variants.calculated_price`, storeHeaders)
      ).data.products
    }

    it("indexes every product of the sample catalogue as it is loaded", async () => {
      const container = getContainer()
      await loadSampleCatalogue(container)
      await readStore()
      expect(storeProducts).toHaveLength(facts.products.length)
      await eventually(documentCount, (count) => count === facts.products.length)

      // The catalogue's later writes (stock, certificates) reached the documents too.
      const mienDong = storeProducts.find((p) => p.title === "Miến dong Tài Hoan")
      const indexed = await eventually(
        () => document(mienDong.id),
        (doc) => doc?.star_rating === 5 && doc.in_stock
      )
      expect(indexed).toMatchObject({
        handle: mienDong.handle,
        title: "Miến dong Tài Hoan",
        producer_name: "HTX Tài Hoan",
        star_rating: 5,
        certified: true,
        ocop_standing: "certified",
        province_code: "19",
        province: "Tỉnh Thái Nguyên",
        product_set_number: mienDong.ocop.product_set.number,
        in_stock: true,
      })
      expect(indexed!.title_en).toBeTruthy()
      expect(indexed!.story_excerpt).toBeTruthy()
      expect(indexed!.place_names).toEqual(expect.arrayContaining(["Thái Nguyên", "Na Rì", "Bắc Kạn", "Côn Minh"]))
      expect(indexed!.price_vnd).toBe(Math.min(...(mienDong.variants as any[]).map((v) => v.calculated_price.calculated_amount)))

      // Later tests start from this database; the index already matches it.
      await dbUtils.snapshot()
    })

    it("finds products the way Vietnamese buyers type them: without diacritics, with typos, by old place names", async () => {
      await readStore()
      const mienDong = namesStartingWith("Miến dong")
      expect(mienDong.length).toBeGreaterThanOrEqual(2)
      expect(titles(await search({ q: "mien dong" })).slice(0, mienDong.length).sort()).toEqual([...mienDong].sort())

      const fishSauces = namesStartingWith("Nước mắm")
      expect(titles(await search({ q: "nuoc mam" })).slice(0, fishSauces.length).sort()).toEqual([...fishSauces].sort())

      expect(titles(await search({ q: "mat ong rung" }))[0]).toBe("Mật ong rừng Hương Rừng")
      // One letter swapped, one left out: still the product.
      expect(titles(await search({ q: "mat ong rugn" }))[0]).toBe("Mật ong rừng Hương Rừng")
      expect(titles(await search({ q: "mien dng tai hoan" }))[0]).toBe("Miến dong Tài Hoan")

      // Old units from the address as issued and from the 2025 merges.
      const naRi = storeProducts.filter((p) => p.producer.address_as_issued.includes("Na Rì")).map((p) => p.title)
      expect(naRi).toContain("Miến dong Tài Hoan")
      expect(titles(await search({ q: "na ri" })).slice(0, naRi.length).sort()).toEqual(naRi.sort())
      expect(titles(await search({ q: "bac kan" }))).toEqual(expect.arrayContaining(naRi))
      const haiHau = storeProducts.filter((p) => p.producer.address_as_issued.includes("Hải Hậu")).map((p) => p.title)
      expect(haiHau.length).toBeGreaterThan(5)
      expect(titles(await search({ q: "hai hau" }))).toEqual(expect.arrayContaining(haiHau))

      // Synonyms: HTX is how a cooperative (hợp tác xã) writes its name.
      expect(titles(await search({ q: "hop tac xa tai hoan" }))[0]).toBe("Miến dong Tài Hoan")
      // English titles are searchable too.
      expect(titles(await search({ q: "fish sauce" }))).toEqual(expect.arrayContaining(fishSauces))
    })

    it("filters and counts by star and province as the catalogue says", async () => {
      await readStore()
      for (const star of [3, 4, 5]) {
        const expected = storeProducts.filter((p) => p.ocop.star_rating === star).length
        expect(expected).toBe(facts.products.filter((p) => p.stars === star).length)
        const result = await search({ q: "", filter: `star_rating = ${star}` })
        expect([star, result.estimatedTotalHits]).toEqual([star, expected])
      }
      const certified = await search({ q: "", filter: "star_rating >= 4", facets: ["star_rating"] })
      expect(certified.estimatedTotalHits).toBe(storeProducts.filter((p) => p.ocop.star_rating >= 4).length)

      const everything = await search({ q: "", facets: ["province", "star_rating", "industry", "product_set"], limit: 0 })
      expect(everything.estimatedTotalHits).toBe(storeProducts.length)
      const ninhBinh = storeProducts.filter((p) => p.producer.province.code === "37")
      expect(everything.facetDistribution!.province!["Tỉnh Ninh Bình"]).toBe(ninhBinh.length)
      const inNinhBinh = await search({ q: "", filter: 'province_code = "37"', limit: 100 })
      expect(inNinhBinh.hits.map((h) => h.id).sort()).toEqual(ninhBinh.map((p) => p.id).sort())

      const fishSaucesInNinhBinh = await search({ q: "nuoc mam", filter: 'province_code = "37"' })
      expect(titles(fishSaucesInNinhBinh).every((t) => ninhBinh.some((p) => p.title === t))).toBe(true)

      const cheapFirst = await search({ q: "", sort: ["price_vnd:asc"], limit: 5 })
      const prices = cheapFirst.hits.map((h) => h.price_vnd!)
      expect(prices).toEqual([...prices].sort((a, b) => a - b))
    })

    it("gives the browser a key that can search the product index and nothing else", async () => {
      expect((await search({ q: "mien" })).hits.length).toBeGreaterThan(0)
      const as = (route: string, method = "GET", body?: unknown) =>
        fetch(`${meilisearch.host}${route}`, {
          method,
          headers: { Authorization: `Bearer ${searchKey}`, "Content-Type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
        }).then((r) => r.status)
      expect(await as("/keys")).toBe(403)
      expect(await as("/indexes")).toBe(403)
      expect(await as(`/indexes/${INDEX}_state`)).toBe(403)
      expect(await as(`/indexes/${INDEX}_state/search`, "POST", { q: "" })).toBe(403)
      expect(await as(`/indexes/${INDEX}/documents`)).toBe(403)
      expect(await as(`/indexes/${INDEX}/documents`, "POST", [{ id: "x", title: "spam" }])).toBe(403)
      expect(await as(`/indexes/${INDEX}/settings`)).toBe(403)
      expect(await as("/tasks")).toBe(403)
    })

    it("answers from Postgres when Meilisearch is not there, in the same shape", async () => {
      await readStore()
      const { data } = await api.get(`/store/product-search?q=${encodeURIComponent("Nước mắm")}`, storeHeaders)
      expect(data.engine).toBe("postgres")
      expect(data.hits.map((h: ProductSearchDocument) => h.title)).toEqual(expect.arrayContaining(namesStartingWith("Nước mắm")))
      const fiveStars = (await api.get("/store/product-search?star_rating=5", storeHeaders)).data
      expect(fiveStars.estimatedTotalHits).toBe(storeProducts.filter((p) => p.ocop.star_rating === 5).length)
      expect(fiveStars.facetDistribution.star_rating).toEqual({ "5": fiveStars.estimatedTotalHits })
      await expect(api.get("/store/product-search?star_rating=9", storeHeaders)).rejects.toMatchObject({
        response: { status: 400 },
      })
    })

    it("rebuilds the index when it is missing, built with other settings or out of step, and on command", async () => {
      const container = getContainer()
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const productSearch: ProductSearchModuleService = container.resolve(PRODUCT_SEARCH_MODULE)
      const total = facts.products.length
      // What a worker does when it starts.
      const checkAsOnStart = () => eventBus.emit({ name: PRODUCT_SEARCH_CHECK_REQUESTED, data: { reason: "application_start" } })

      const builtWith = async () => (await meilisearchAdmin("GET", `/indexes/${INDEX}_state/documents/settings`)).body.settings_hash
      const rebuiltAfter = async (since: number) =>
        eventually(
          async () => (await meilisearchAdmin("GET", `/indexes/${INDEX}_state/documents/settings`)).body,
          (state) => state.settings_hash === PRODUCT_INDEX_SETTINGS_HASH && Date.parse(state.rebuilt_at) >= since
        )

      // Current: nothing to do.
      const idle = await rebuildProductSearchWorkflow(container).run({ input: {} })
      expect(idle.result.reason).toBeNull()

      // Missing (Meilisearch lost its data).
      await meilisearchAdmin("DELETE", `/indexes/${INDEX}`)
      await eventually(documentCount, (count) => count === -1)
      let since = Date.now()
      await checkAsOnStart()
      await rebuiltAfter(since)
      expect(await documentCount()).toBe(total)

      // Built with other settings: a deploy changed them.
      const synonyms = async () => (await meilisearchAdmin("GET", `/indexes/${INDEX}/settings/synonyms`)).body
      await meilisearchAdmin("PATCH", `/indexes/${INDEX}/settings`, { synonyms: {} })
      await meilisearchAdmin("POST", `/indexes/${INDEX}_state/documents`, [{ id: "settings", settings_hash: "older", documents: total }])
      await eventually(synonyms, (words) => Object.keys(words).length === 0)
      await eventually(builtWith, (hash) => hash === "older")
      since = Date.now()
      await checkAsOnStart()
      await rebuiltAfter(since)
      expect((await synonyms()).htx).toEqual(["hợp tác xã"])
      expect(await documentCount()).toBe(total)

      // Out of step: a product went missing from the index.
      const [someId] = (await search({ q: "", limit: 1 })).hits.map((h) => h.id)
      await meilisearchAdmin("DELETE", `/indexes/${INDEX}/documents/${someId}`)
      await eventually(documentCount, (count) => count === total - 1)
      since = Date.now()
      await checkAsOnStart()
      await rebuiltAfter(since)
      expect(await documentCount()).toBe(total)

      // The reindex command, while the index serves searches.
      const forced = await rebuildProductSearchWorkflow(container).run({ input: { force: true } })
      expect(forced.result).toMatchObject({ reason: "requested", documents: total })
      expect(await documentCount()).toBe(total)
      expect((await meilisearchAdmin("GET", `/indexes/${productSearch.rebuildIndexUid}`)).status).toBe(404)
    })

    it("follows prices, stock, certificates, producers, unpublishing and deletion within seconds", async () => {
      await readStore()
      const operator = DEMO_ACCOUNTS.find((a) => a.role === "operator")!
      const { data: login } = await api.post("/auth/user/emailpass", { email: operator.email, password: operator.password })
      const admin = { headers: { authorization: `Bearer ${login.token}` } }
      const byTitle = (title: string) => storeProducts.find((p) => p.title === title)
      const adminProduct = async (id: string) =>
        (await api.get(`/admin/products/${id}?fields=*variants,*variants.prices,*variants.inventory_items,producer.id`, admin)).data
          .product

      // A price change.
      const honey = byTitle("Mật ong rừng Hương Rừng")
      const honeyVariants = (await adminProduct(honey.id)).variants as any[]
      const cheapest = honeyVariants
        .map((v) => ({ v, amount: v.prices.find((p: any) => p.currency_code === "vnd").amount }))
        .sort((a, b) => a.amount - b.amount)[0]!
      const newPrice = cheapest.amount - 1000
      await api.post(
        `/admin/products/${honey.id}/variants/${cheapest.v.id}`,
        { prices: [{ amount: newPrice, currency_code: "vnd" }] },
        admin
      )
      await eventually(() => document(honey.id), (doc) => doc?.price_vnd === newPrice)

      // Stock running out: every variant of a product at zero.
      const salt = byTitle("Muối sạch Vạn Ninh")
      const saltVariants = (await adminProduct(salt.id)).variants as any[]
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      for (const variant of saltVariants) {
        const itemId = variant.inventory_items[0].inventory_item_id
        const { data: levels } = await query.graph({
          entity: "inventory_level",
          fields: ["location_id"],
          filters: { inventory_item_id: itemId },
        })
        for (const level of levels) {
          await api.post(`/admin/inventory-items/${itemId}/location-levels/${level.location_id}`, { stocked_quantity: 0 }, admin)
        }
      }
      await eventually(() => document(salt.id), (doc) => doc?.in_stock === false)
      expect((await search({ q: "muoi sach", filter: "in_stock = true" })).hits.map((h) => h.id)).not.toContain(salt.id)

      // A certificate recorded for a product awaiting evaluation.
      const pork = byTitle("Thịt lợn mát")
      expect((await document(pork.id))?.star_rating).toBeNull()
      const { data: sets } = await api.get("/admin/ocop/product-sets", admin)
      const productSet = sets.product_sets.find((s: any) => s.number === pork.ocop.product_set.number)
      await api.post(
        `/admin/products/${pork.id}/certificates`,
        {
          decision_number: "99/QĐ-UBND",
          decision_date: new Date().toISOString().slice(0, 10),
          issuing_authority: "UBND tỉnh Ninh Bình",
          star_rating: 3,
          total_score: 60,
          product_set_id: productSet.id,
          verified: true,
        },
        admin
      )
      await eventually(() => document(pork.id), (doc) => doc?.star_rating === 3 && doc.certified)

      // A suspended producer's products leave the index, and come back when it is approved again.
      const producerId = (await adminProduct(pork.id)).producer.id
      const producerProducts = storeProducts.filter((p) => p.producer.id === producerId).map((p) => p.id)
      await api.post(`/admin/producers/${producerId}`, { status: "suspended" }, admin)
      await eventually(
        async () => (await search({ q: "", filter: `producer_id = "${producerId}"` })).estimatedTotalHits,
        (count) => count === 0
      )
      await api.post(`/admin/producers/${producerId}`, { status: "approved" }, admin)
      await eventually(
        async () => (await search({ q: "", filter: `producer_id = "${producerId}"` })).estimatedTotalHits,
        (count) => count === producerProducts.length
      )

      // Unpublished, then deleted.
      const gioGan = byTitle("Giò gân Phúc Thuận")
      await api.post(`/admin/products/${gioGan.id}`, { status: "draft" }, admin)
      await eventually(() => document(gioGan.id), (doc) => doc === null)
      expect(titles(await search({ q: "gio gan phuc thuan" }))).not.toContain("Giò gân Phúc Thuận")
      await api.post(`/admin/products/${gioGan.id}`, { status: "published" }, admin)
      await eventually(() => document(gioGan.id), (doc) => doc !== null)

      await api.delete(`/admin/products/${gioGan.id}`, admin)
      await eventually(() => document(gioGan.id), (doc) => doc === null)
      expect(await documentCount()).toBe(facts.products.length - 1)
    })
  },
})
