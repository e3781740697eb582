/**
 * Campaigns on a real Postgres: the operator's bad input refused with a sentence; a discount given
 * by an automatic Medusa promotion, in whole đồng in the cart and the order; twenty checkouts at once
 * never spending more than the budget; a buyer's limit held for two checkouts at once; a
 * campaign ending on its time, in the middle of the day, by itself; the operator changing a
 * campaign, and ending one early, with its discount following; and a rule campaign taking in a
 * product published after it was made, and letting go of one taken off sale.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CACHE_TAGS } from "@ocop/domain/cache-tags"
import { ERROR_CODES } from "@ocop/domain/errors"
import { announceCampaignChangesAt } from "../../src/jobs/announce-campaign-changes"
import { STOREFRONT_PAGES_STALE_EVENT } from "../../src/events"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../../src/lib/store-setup"
import { createReadyCart, createTestPack, type Headers, setUpStore, signInOperator, type TestPack, type TestStore } from "../fixtures"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { answer, type Api, eventually } from "../helpers"

jest.setTimeout(10 * 60 * 1000)

const HOUR = 3_600_000
/** A moment as the Admin's form sends it: Vietnam's wall clock, no offset. */
const vietnamTime = (at: Date) => new Date(at.getTime() + 7 * HOUR).toISOString().slice(0, 19)

type OrderTotals = { id: string; total: number; discount_total: number; item_total: number; items: { adjustments: { amount: number }[] }[] }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    let store: TestStore
    let admin: Headers
    let rice: TestPack

    const create = (body: Record<string, unknown>) => answer(api.post("/admin/trade-campaigns", body, admin))
    const campaign = (overrides: Record<string, unknown> = {}) => ({
      name_vi: "Tuần lễ gạo Hải Hậu",
      name_en: "Hải Hậu rice week",
      starts_at: vietnamTime(new Date(Date.now() - HOUR)),
      ends_at: vietnamTime(new Date(Date.now() + 24 * HOUR)),
      province_code: "37",
      ...overrides,
    })
    const guestCart = (email: string, quantity = 1) =>
      createReadyCart(getContainer(), store, { email, lines: [{ variantId: rice.variantId, quantity }], providerId: CASH_ON_DELIVERY_PROVIDER_ID })
    const cartDiscount = async (cartId: string) => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["discount_total", "total"], filters: { id: cartId } })
      const cart = data[0] as { discount_total: unknown; total: unknown }
      return { discount_total: Number(cart.discount_total), total: Number(cart.total) }
    }
    const orderTotals = async (ids: string[]) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "total", "discount_total", "item_total", "items.adjustments.amount"], filters: { id: ids } })
      return (data as unknown as OrderTotals[]).map((order) => ({ ...order, total: Number(order.total), discount_total: Number(order.discount_total) }))
    }
    /** A checkout as the storefront makes it: asked again while another holds the pack's stock lock (409 cart_busy). */
    const complete = async (cartId: string): Promise<{ orderId: string } | { error: { message: string; code?: string } }> => {
      const headers = { headers: { "x-publishable-api-key": store.publishableKey } }
      for (let attempt = 0; ; attempt++) {
        const { status, data } = await answer(api.post(`/store/carts/${cartId}/complete`, {}, headers))
        if (status === 200 && data.type === "order") return { orderId: data.order.id }
        if (status === 409 && data.code === ERROR_CODES.cartBusy && attempt < 10) continue
        return { error: { message: data.message ?? data.error?.message ?? `answered ${status}`, code: data.code } }
      }
    }

    beforeAll(async () => {
      store = await setUpStore(getContainer())
      admin = await signInOperator(getContainer(), api, "campaigns.operator@test.example.vn")
      rice = await createTestPack(getContainer(), store, "campaign-rice", 150_000, 200)
    })

    it("refuses a campaign that makes no sense with 400 and a sentence", async () => {
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [campaign({ starts_at: "2026-12-05T08:00", ends_at: "2026-12-04T08:00" }), ERROR_CODES.invalidCampaign, /end after it starts/],
        [campaign({ province_code: "99" }), ERROR_CODES.unknownProvince, /no province 99/],
        [campaign({ discount: { type: "percentage", value: 120 } }), ERROR_CODES.invalidCampaign, /more than 100 %/],
        [campaign({ discount: { type: "fixed", value: 10_000 }, budget: -5 }), ERROR_CODES.invalidCampaign, /budget must be a whole number/],
        [campaign({ discount: { type: "fixed", value: 10_000 }, per_buyer_limit: 0 }), ERROR_CODES.invalidCampaign, /limit per buyer/],
        [campaign({ province_code: null }), ERROR_CODES.campaignWithoutProducts, /by hand or by a rule/],
        [campaign({ province_code: "01" }), ERROR_CODES.campaignWithoutProducts, /No product on sale matches/],
        [campaign({ banner_url: "http://localhost/static/not-uploaded.webp" }), ERROR_CODES.invalidCampaign, /not a photo uploaded here/],
      ]
      for (const [body, code, sentence] of cases) {
        const refused = await create(body)
        expect({ status: refused.status, code: refused.data.code, message: refused.data.message }).toEqual({ status: 400, code, message: expect.stringMatching(sentence) })
        expect(refused.data.message).toMatch(sentence)
      }
      const badTime = await create(campaign({ starts_at: "tomorrow" }))
      expect(badTime.status).toBe(400)
      expect(badTime.data.message).toMatch(/starts_at: write a date and time as 2026-12-04T08:00/)
      expect((await create(campaign({ handle: "gao-hai-hau" }))).status).toBe(201)
      const taken = await create(campaign({ handle: "gao-hai-hau" }))
      expect({ status: taken.status, code: taken.data.code }).toEqual({ status: 409, code: ERROR_CODES.campaignHandleTaken })
    })

    it("gives the discount in whole đồng and never spends more than the budget over 20 checkouts at once", async () => {
      // 20.000 ₫ off each unit, 100.000 ₫ in all: five orders of one pack.

      // Each buyer a pack of another cooperative's rice, so the checkouts contend for the budget, not for one pack's stock lock.
      const packs = [rice]
      for (let index = 1; index < 20; index++) packs.push(await createTestPack(getContainer(), store, `campaign-rice-${index}`, 150_000, 5))
      const made = await create(campaign({ discount: { type: "fixed", value: 20_000 }, budget: 100_000, per_buyer_limit: 1 }))
      expect(made.status).toBe(201)
      const carts = await Promise.all(
        packs.map((pack, index) =>
          createReadyCart(getContainer(), store, { email: `buyer${index}@campaign.example.vn`, lines: [{ variantId: pack.variantId, quantity: 1 }], providerId: CASH_ON_DELIVERY_PROVIDER_ID }),
        ),
      )
      const live = (await api.get("/store/trade-campaigns", { headers: { "x-publishable-api-key": store.publishableKey } })).data
      expect(live.campaigns).toEqual([expect.objectContaining({ handle: "tuan-le-gao-hai-hau", discount: { type: "fixed", value: 20_000 }, live: true })])
      expect(live.campaigns[0].product_ids).toHaveLength(20)
      expect(await cartDiscount(carts[0]!)).toMatchObject({ discount_total: 20_000 })
      const outcomes = await Promise.all(carts.map(complete))
      const orderIds = outcomes.flatMap((outcome) => ("orderId" in outcome ? [outcome.orderId] : []))
      const orders = await orderTotals(orderIds)
      const spent = orders.reduce((sum, order) => sum + order.discount_total, 0)
      expect(spent).toBeLessThanOrEqual(100_000)
      expect(orders.filter((order) => order.discount_total === 20_000)).toHaveLength(5)
      for (const order of orders) expect(Number.isInteger(order.total) && Number.isInteger(order.discount_total)).toBe(true)
      // The refused ones were told why, no checkout failed for another reason, and a refused one
      // left no order behind (the budget is taken before the order exists).
      for (const outcome of outcomes) if ("error" in outcome) expect(outcome.error).toMatchObject({ code: ERROR_CODES.campaignBudgetSpent, message: expect.stringMatching(/has used up its budget/) })
      const { data: placed } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: carts } })
      expect(placed.map((row: { order_id: string }) => row.order_id).sort()).toEqual([...orderIds].sort())

      const { data } = await api.get("/admin/trade-campaigns", admin)
      const mine = data.campaigns.find((row: { handle: string }) => row.handle === "tuan-le-gao-hai-hau")
      expect(mine.budget_used).toBe(spent)
      expect(mine.budget_used).toBeLessThanOrEqual(mine.budget)
    })

    it("holds the limit per buyer when the same buyer checks out twice at once, and counts a percentage in whole đồng", async () => {
      expect((await create(campaign({ discount: { type: "percentage", value: 15 }, per_buyer_limit: 1 }))).status).toBe(201)
      const first = await guestCart("lan@campaign.example.vn", 3)
      const second = await guestCart("lan@campaign.example.vn", 1)
      // 15 % of 3 × 150.000 ₫
      expect(await cartDiscount(first)).toMatchObject({ discount_total: 67_500 })
      const outcomes = await Promise.all([complete(first), complete(second)])
      const placed = outcomes.flatMap((outcome) => ("orderId" in outcome ? [outcome.orderId] : []))
      expect(placed).toHaveLength(1)
      const refused = outcomes.find((outcome) => "error" in outcome) as { error: { message: string } }
      expect(refused.error.message).toMatch(/limit per buyer/)
      const [order] = await orderTotals(placed)
      expect(Number.isInteger(order!.total)).toBe(true)

      // Another buyer is not held by Lan's limit.
      const other = await complete(await guestCart("minh@campaign.example.vn", 1))
      expect("orderId" in other).toBe(true)
    })

    it("ends by itself at its time in the middle of the day, and the storefront is told", async () => {
      // Ends twenty seconds from now (a loaded machine makes a cart in a few): a buyer's cart before
      // gets the discount, one after does not.
      const endsAt = new Date(Date.now() + 20_000)
      const made = await create(campaign({ discount: { type: "fixed", value: 10_000 }, ends_at: endsAt.toISOString() }))
      expect(made.status).toBe(201)
      expect(await cartDiscount(await guestCart("before@campaign.example.vn"))).toMatchObject({ discount_total: 10_000 })
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, endsAt.getTime() - Date.now()) + 500))

      expect(await cartDiscount(await guestCart("after@campaign.example.vn"))).toMatchObject({ discount_total: 0 })
      const headers = { headers: { "x-publishable-api-key": store.publishableKey } }
      expect((await api.get("/store/trade-campaigns", headers)).data.campaigns).toEqual([])
      const ended = (await api.get("/store/trade-campaigns/tuan-le-gao-hai-hau", headers)).data.campaign
      expect(ended).toMatchObject({ live: false, discount: { type: "fixed", value: 10_000 } })

      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const emitted = jest.spyOn(eventBus, "emit")
      await announceCampaignChangesAt(getContainer(), new Date())
      expect(emitted).toHaveBeenCalledWith({ name: STOREFRONT_PAGES_STALE_EVENT, data: { tags: [CACHE_TAGS.campaigns] } })
      emitted.mockClear()
      // Minutes later, nothing has started or ended since: nothing is told.
      await announceCampaignChangesAt(getContainer(), new Date(Date.now() + 10 * 60_000))
      expect(emitted).not.toHaveBeenCalled()
      emitted.mockRestore()
    })

    it("takes in, with its discount, a product of its rule published after it was made, and lets go of one taken off sale", async () => {
      const headers = { headers: { "x-publishable-api-key": store.publishableKey } }
      const byHand = await create(campaign({ handle: "chon-tay", province_code: null, product_ids: [rice.productId] }))
      expect(byHand.status).toBe(201)
      const made = await create(campaign({ discount: { type: "percentage", value: 10 } }))
      expect(made.status).toBe(201)
      expect(made.data.campaign.product_ids).toEqual([rice.productId])
      const productsIn = async (handle: string) => (await api.get(`/store/trade-campaigns/${handle}`, headers)).data.campaign.product_ids as string[]

      // A Hải Hậu cooperative's rice, on sale after the campaign for province 37 was made.
      const later = await createTestPack(getContainer(), store, "campaign-rice-later", 100_000, 10)
      const joined = await eventually(() => productsIn("tuan-le-gao-hai-hau"), (ids) => ids.includes(later.productId))
      expect(joined.sort()).toEqual([rice.productId, later.productId].sort())
      const cart = await createReadyCart(getContainer(), store, {
        email: "later@campaign.example.vn",
        lines: [{ variantId: later.variantId, quantity: 1 }],
        providerId: CASH_ON_DELIVERY_PROVIDER_ID,
      })
      expect(await cartDiscount(cart)).toMatchObject({ discount_total: 10_000 })
      // A campaign chosen by hand stays as it was chosen.
      expect(await productsIn("chon-tay")).toEqual([rice.productId])

      // Taken off sale, it leaves the campaign, and a new cart of it gets no discount.
      await updateProductsWorkflow(getContainer()).run({ input: { selector: { id: later.productId }, update: { status: "draft" } } })
      await eventually(() => productsIn("tuan-le-gao-hai-hau"), (ids) => !ids.includes(later.productId))
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "trade_campaign", fields: ["promotion.application_method.target_rules.values.value"], filters: { id: made.data.campaign.id } })
      const targeted = (data[0] as { promotion: { application_method: { target_rules: { values: { value: string }[] }[] } } }).promotion.application_method.target_rules
      expect(targeted.flatMap((rule) => rule.values.map((entry) => entry.value))).toEqual([rice.productId])
    })

    it("changes a campaign's texts and window, ends it now with its discount, and refuses what cannot be changed with a sentence", async () => {
      const headers = { headers: { "x-publishable-api-key": store.publishableKey } }
      const update = (id: string, body: Record<string, unknown>) => answer(api.post(`/admin/trade-campaigns/${id}`, body, admin))
      const end = (id: string) => answer(api.post(`/admin/trade-campaigns/${id}/end`, {}, admin))
      const promotionOf = async (id: string) => {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "trade_campaign", fields: ["promotion.status", "promotion.campaign.name", "promotion.campaign.ends_at"], filters: { id } })
        const promotion = (data[0] as { promotion: { status: string; campaign: { name: string; ends_at: string } } }).promotion
        return { status: promotion.status, name: promotion.campaign.name, ends_at: new Date(promotion.campaign.ends_at).toISOString() }
      }
      const made = await create(campaign({ handle: "gao-thu-hoach", discount: { type: "fixed", value: 10_000 }, budget: 1_000_000, per_buyer_limit: 2 }))
      expect(made.status).toBe(201)
      const id = made.data.campaign.id as string

      // Its texts and its end change; the handle stays, and the discount's Medusa campaign takes the new name and end.
      const later = new Date(Date.now() + 48 * HOUR)
      later.setUTCSeconds(0, 0)
      const changed = await update(id, { name_vi: "Mùa gạo mới Hải Hậu", summary_en: "New-crop rice from Hải Hậu.", ends_at: vietnamTime(later) })
      expect(changed.status).toBe(200)
      expect(changed.data.campaign).toMatchObject({ handle: "gao-thu-hoach", name_vi: "Mùa gạo mới Hải Hậu", name_en: "Hải Hậu rice week", summary_en: "New-crop rice from Hải Hậu.", live: true })
      expect(new Date(changed.data.campaign.ends_at).toISOString()).toBe(later.toISOString())
      expect(await promotionOf(id)).toEqual({ status: "active", name: "Mùa gạo mới Hải Hậu", ends_at: later.toISOString() })
      expect((await api.get("/store/trade-campaigns/gao-thu-hoach", headers)).data.campaign).toMatchObject({ name_vi: "Mùa gạo mới Hải Hậu", live: true })

      // What cannot be changed is refused, naming why; an unknown campaign is 404.
      const refusals: [Promise<{ status: number; data: { code?: string; message: string } }>, number, string | undefined, RegExp][] = [
        [update("tcmp_01NOSUCHCAMPAIGN000000000", { name_vi: "Không có" }), 404, undefined, /There is no campaign tcmp_01NOSUCHCAMPAIGN000000000/],
        [end("tcmp_01NOSUCHCAMPAIGN000000000"), 404, undefined, /There is no campaign/],
        [update("not a campaign!", { name_vi: "Không có" }), 400, undefined, /A campaign id is letters, digits and underscores/],
        [update(id, { starts_at: vietnamTime(new Date(Date.now() + HOUR)) }), 400, ERROR_CODES.invalidCampaign, /its start stays: change its end instead/],
        [update(id, { ends_at: vietnamTime(new Date(Date.now() - 2 * HOUR)) }), 400, ERROR_CODES.invalidCampaign, /must end after it starts/],
        [update(id, { ends_at: vietnamTime(new Date(Date.now() - 10 * 60_000)) }), 400, ERROR_CODES.invalidCampaign, /already passed: choose a time to come, or end the campaign now/],
        [update(id, { discount: { type: "fixed", value: 50_000 } }), 400, undefined, /discount: not a field of this request/],
        [update(id, { banner_url: "http://localhost/static/not-uploaded.webp" }), 400, ERROR_CODES.invalidCampaign, /not a photo uploaded here/],
      ]
      for (const [request, status, code, sentence] of refusals) {
        const refused = await request
        expect({ status: refused.status, code: refused.data.code, message: refused.data.message }).toEqual({ status, code, message: expect.stringMatching(sentence) })
      }

      // One still to come may move its start, and cannot be ended: there is nothing to end.
      const coming = await create(campaign({ handle: "gao-tet", starts_at: vietnamTime(new Date(Date.now() + 24 * HOUR)), ends_at: vietnamTime(new Date(Date.now() + 72 * HOUR)) }))
      expect((await update(coming.data.campaign.id, { starts_at: vietnamTime(new Date(Date.now() + 30 * HOUR)) })).status).toBe(200)
      const notStarted = await end(coming.data.campaign.id)
      expect({ status: notStarted.status, code: notStarted.data.code }).toEqual({ status: 409, code: ERROR_CODES.campaignNotStarted })
      expect(notStarted.data.message).toMatch(/has not started .* change its start and end instead/)

      // A failure after the end was written undoes it: the campaign and its discount run on.
      const promotions = getContainer().resolve(Modules.PROMOTION)
      const failing = jest.spyOn(promotions, "updatePromotions").mockRejectedValueOnce(new Error("The promotion module is unavailable."))
      expect((await end(id)).status).toBeGreaterThanOrEqual(500)
      failing.mockRestore()
      expect((await api.get(`/admin/trade-campaigns/${id}`, admin)).data.campaign).toMatchObject({ live: true })
      expect(await promotionOf(id)).toEqual({ status: "active", name: "Mùa gạo mới Hải Hậu", ends_at: later.toISOString() })
      const discountedBefore = await guestCart("truoc@campaign.example.vn")
      expect(await cartDiscount(discountedBefore)).toMatchObject({ discount_total: 10_000 })

      // Ended now: the storefront is told, the discount's campaign ends and its promotion goes inactive, and a new cart pays the usual price.
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const emitted = jest.spyOn(eventBus, "emit")
      const ended = await end(id)
      expect(ended.status).toBe(200)
      expect(ended.data.campaign).toMatchObject({ live: false })
      expect(new Date(ended.data.campaign.ends_at).getTime()).toBeLessThanOrEqual(Date.now())
      expect(emitted).toHaveBeenCalledWith(expect.arrayContaining([expect.objectContaining({ name: STOREFRONT_PAGES_STALE_EVENT, data: { tags: [CACHE_TAGS.campaigns] } })]))
      emitted.mockRestore()
      expect(await promotionOf(id)).toEqual({ status: "inactive", name: "Mùa gạo mới Hải Hậu", ends_at: new Date(ended.data.campaign.ends_at).toISOString() })
      expect(await cartDiscount(await guestCart("sau@campaign.example.vn"))).toMatchObject({ discount_total: 0, total: expect.any(Number) })
      // A cart that took the discount before the end still carries it (Medusa recomputes promotions on a change), and is refused.
      expect(await cartDiscount(discountedBefore)).toMatchObject({ discount_total: 10_000 })
      expect(await complete(discountedBefore)).toEqual({ error: { code: ERROR_CODES.campaignEnded, message: expect.stringMatching(/has ended, so this order cannot have its discount: change the cart/) } })
      const { data: leftBehind } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: discountedBefore } })
      expect(leftBehind).toEqual([])
      expect((await api.get("/store/trade-campaigns", headers)).data.campaigns.map((live: { handle: string }) => live.handle)).not.toContain("gao-thu-hoach")
      expect((await api.get("/store/trade-campaigns/gao-thu-hoach", headers)).data.campaign).toMatchObject({ live: false })

      // Ended is ended: neither ended again nor changed.
      for (const refused of [await end(id), await update(id, { ends_at: vietnamTime(new Date(Date.now() + 24 * HOUR)) })]) {
        expect({ status: refused.status, code: refused.data.code }).toEqual({ status: 409, code: ERROR_CODES.campaignEnded })
        expect(refused.data.message).toMatch(/ended on \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} \(Vietnam's time\)/)
      }
    })
  },
})
