import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_STORE_FIELDS, runMigrationScripts } from "@ocop/backend/integration-tests/fixtures"
import { PUBLISHABLE_KEY_TITLE } from "@ocop/backend/store-setup"
import { presentOcopProduct } from "@ocop/domain/product"
import { DEMO_ACCOUNTS } from "../src/demo-accounts"
import { readFacts } from "../src/facts"
import { loadSampleCatalogue, loadSamplePhotos } from "../src/load-catalogue"
import { BACKEND_DIR } from "./backend"

jest.setTimeout(15 * 60 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    it("loads nothing into a database without the store setup, and says to migrate first", async () => {
      await expect(loadSampleCatalogue(getContainer())).rejects.toThrow(/medusa db:migrate/)
    })

    it("loads the 35 products of the facts with their producers, stars and photos, and a second load changes nothing", async () => {
      const container = getContainer()
      const facts = readFacts()
      // What `medusa db:migrate` gives the database the seed loads into.
      await runMigrationScripts(container)
      const first = await loadSampleCatalogue(container)
      expect(first.productsCreated).toBe(facts.products.length)
      // The photos come after the products, as the local stack opens the shop in between.
      expect(await loadSamplePhotos(container)).toBe(facts.products.length)

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const snapshot = async () => {
        const counts: Record<string, number> = {}
        for (const entity of ["product", "variant", "producer", "certificate", "stock_location", "sales_channel", "region", "api_key", "user", "customer", "showroom", "product_image", "producer_member", "pos_staff"]) {
          const { data } = await query.graph({ entity, fields: ["id"] })
          counts[entity] = data.length
        }
        return counts
      }
      const before = await snapshot()
      const second = await loadSampleCatalogue(container)
      expect(second).toEqual({ producersCreated: 0, productsCreated: 0, certificatesCreated: 0 })
      expect(await loadSamplePhotos(container)).toBe(0)
      expect(await snapshot()).toEqual(before)

      // The demo producer login signs in to the producer API as its producer's owner.
      const producerLogin = DEMO_ACCOUNTS.find((account) => account.role === "producer")!
      const { data: signedIn } = await api.post("/auth/producer_member/emailpass", { email: producerLogin.email, password: producerLogin.password })
      const { data: me } = await api.get("/producer/me", { headers: { authorization: `Bearer ${signedIn.token}` } })
      expect(me.producer).toMatchObject({ handle: "htx-tai-hoan", status: "approved", role: "owner" })

      // The demo counter staff sign in to the POS API as the Hải Hậu showroom's cashier and manager.
      for (const [role, staffRole] of [["showroom cashier", "cashier"], ["showroom manager", "manager"]] as const) {
        const login = DEMO_ACCOUNTS.find((account) => account.role === role)!
        const { data: staffSession } = await api.post("/auth/pos_staff/emailpass", { email: login.email, password: login.password })
        const { data: staff } = await api.get("/pos/me", { headers: { authorization: `Bearer ${staffSession.token}` } })
        expect([staff.staff.role, staff.showroom.handle]).toEqual([staffRole, "showroom-hai-hau"])
      }

      const { data: keys } = await query.graph({ entity: "api_key", fields: ["token"], filters: { title: PUBLISHABLE_KEY_TITLE } })
      const headers = { headers: { "x-publishable-api-key": keys[0]!.token } }
      const { data: regions } = await api.get("/store/regions", headers)
      const vietnam = regions.regions.find((r: any) => r.currency_code === "vnd")
      expect(vietnam.name).toBe("Việt Nam")

      const fields = encodeURIComponent(`*variants.calculated_price,${OCOP_STORE_FIELDS}`)
      const { data } = await api.get(`/store/products?limit=100&region_id=${vietnam.id}&fields=${fields}`, headers)
      expect(data.count).toBe(35)
      // As the storefront shows them: the producer and the OCOP view from the linked records.
      const byTitle = new Map(data.products.map((p: any) => [p.title, presentOcopProduct(p)]))

      // Stars are facts: every rated product in the facts is certified with exactly that star, and
      // no other product shows a star.
      for (const fact of facts.products) {
        const product: any = byTitle.get(fact.name_vi)
        expect(product).toBeDefined()
        expect(product.producer).not.toBeNull()
        expect(product.ocop.product_set.number).toBe(fact.set)
        if (fact.stars) {
          expect([fact.name_vi, product.ocop.standing, product.ocop.star_rating]).toEqual([fact.name_vi, "certified", fact.stars])
          expect(product.ocop.current_certificate.is_sample).toBe(true)
        } else {
          expect([fact.name_vi, product.ocop.standing]).toEqual([fact.name_vi, "awaiting_evaluation"])
        }
        for (const variant of product.variants) {
          expect(Number.isInteger(variant.calculated_price.calculated_amount)).toBe(true)
          expect(variant.calculated_price.currency_code).toBe("vnd")
          expect(variant.ean).toMatch(/^893\d{10}$/)
        }
        const photo = product.images[0].metadata.photo
        expect(photo.placeholder).toMatch(/^data:image\/webp;base64,/)
        expect(photo.renditions.map((r: any) => `${r.format}@${r.width}`)).toEqual(
          expect.arrayContaining(["avif@640", "webp@640", "avif@1280", "webp@1280"])
        )
      }

      const mienDong: any = byTitle.get("Miến dong Tài Hoan")
      expect(mienDong.producer).toMatchObject({
        name: "HTX Tài Hoan",
        address_as_issued: "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn",
        province: { code: "19", name: "Tỉnh Thái Nguyên" },
      })
      expect(mienDong.ocop.star_history.map((h: any) => h.star_rating)).toEqual([4, 5, 5])
      expect(mienDong.ocop.current_certificate.decision_date).toBe("2024-06-25")

      // Producers from the old Hải Hậu district keep their address as issued and get the 2025 commune.
      const { data: haiHau } = await api.get(`/store/producers/${(byTitle.get("Bánh nhãn Tết Vua") as any).producer.handle}`, headers)
      expect(haiHau.producer.address_as_issued).toBe("xã Hải Bắc, huyện Hải Hậu, tỉnh Nam Định")
      expect(haiHau.producer.province.name).toBe("Tỉnh Ninh Bình")
    })
  },
})
