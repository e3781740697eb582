import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  CASH_ON_DELIVERY_PROVIDER_ID,
  REGION_PAYMENT_PROVIDER_IDS,
  PUBLISHABLE_KEY_TITLE,
  REGION_NAME,
  SHOWROOM_SALES_CHANNEL,
  WEB_DELIVERY,
  WEB_PICKUP,
  WEB_SALES_CHANNEL,
} from "../../src/lib/store-setup"
import createStoreSetup from "../../src/migration-scripts/ocop-store-setup"
import { HAI_HAU_SHIPPING_ADDRESS, type Headers, runMigrationScripts, signInOperator, TEST_PRODUCERS } from "../fixtures"

jest.setTimeout(5 * 60 * 1000)

/** What the shop is made of: counted before and after the setup runs again. */
const SETUP_ENTITIES = [
  "store",
  "sales_channel",
  "region",
  "tax_region",
  "api_key",
  "shipping_profile",
  "stock_location",
  "fulfillment_set",
  "service_zone",
  "shipping_option",
  "showroom",
  "product_set",
]

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers

    // What `medusa db:migrate` gives an empty database: the schema (the runner's migrations) and
    // the migration scripts. No seed, no sample catalogue.
    beforeAll(async () => {
      await runMigrationScripts(getContainer())
      admin = await signInOperator(getContainer(), api)
    })

    it("takes a cash-on-delivery order after the migrations and one product created in the Admin, with no seed", async () => {
      // The operator finds the shop's setup in the Admin.
      const { data: channels } = await api.get("/admin/sales-channels?limit=100", admin)
      expect(channels.sales_channels.map((c: { name: string }) => c.name)).toEqual(
        expect.arrayContaining([WEB_SALES_CHANNEL, SHOWROOM_SALES_CHANNEL])
      )
      const webChannel = channels.sales_channels.find((c: { name: string }) => c.name === WEB_SALES_CHANNEL)
      const { data: stores } = await api.get("/admin/stores?fields=name,default_sales_channel_id,*supported_currencies", admin)
      expect(stores.stores[0]).toMatchObject({
        name: "OCOP Market",
        default_sales_channel_id: webChannel.id,
        supported_currencies: [expect.objectContaining({ currency_code: "vnd", is_default: true })],
      })
      const { data: keys } = await api.get("/admin/api-keys?type=publishable&fields=title,token,sales_channels.name", admin)
      const key = keys.api_keys.find((k: { title: string }) => k.title === PUBLISHABLE_KEY_TITLE)
      expect(key.sales_channels.map((c: { name: string }) => c.name)).toEqual([WEB_SALES_CHANNEL])
      const store = { headers: { "x-publishable-api-key": key.token as string } }
      const { data: sets } = await api.get("/admin/ocop/product-sets", admin)
      expect(sets.product_sets).toHaveLength(26)

      // One producer (with its own stock location) and one product with stock there.
      const { data: created } = await api.post("/admin/producers", { ...TEST_PRODUCERS.taiHoan, status: "approved" }, admin)
      const productSet = sets.product_sets.find((s: { number: number }) => s.number === 7)
      const { data: added } = await api.post(
        "/admin/products",
        {
          title: "Miến dong Tài Hoan",
          handle: "mien-dong-tai-hoan",
          status: "published",
          options: [{ title: "Quy cách", values: ["Gói 500 g"] }],
          variants: [
            {
              title: "Gói 500 g",
              manage_inventory: true,
              options: { "Quy cách": "Gói 500 g" },
              prices: [{ amount: 65_000, currency_code: "vnd" }],
            },
          ],
          sales_channels: [{ id: webChannel.id }],
          additional_data: { producer_id: created.producer.id, product_set_id: productSet.id },
        },
        admin
      )
      const { data: withInventory } = await api.get(
        `/admin/products/${added.product.id}?fields=variants.id,variants.inventory_items.inventory_item_id`,
        admin
      )
      const variant = withInventory.product.variants[0]
      await api.post(
        `/admin/inventory-items/${variant.inventory_items[0].inventory_item_id}/location-levels`,
        { location_id: created.stock_location.id, stocked_quantity: 10 },
        admin
      )

      // A buyer in Hải Hậu orders two packs, standard delivery, cash on delivery.
      const { data: regions } = await api.get("/store/regions", store)
      const vietnam = regions.regions.find((r: { name: string }) => r.name === REGION_NAME)
      expect(vietnam).toMatchObject({ currency_code: "vnd", countries: [expect.objectContaining({ iso_2: "vn" })] })
      const { data: cart } = await api.post("/store/carts", { region_id: vietnam.id, email: "lan.nguyen@example.vn" }, store)
      await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: variant.id, quantity: 2 }, store)
      await api.post(`/store/carts/${cart.cart.id}`, { shipping_address: HAI_HAU_SHIPPING_ADDRESS }, store)

      const { data: delivery } = await api.get(`/store/carts/${cart.cart.id}/delivery`, store)
      expect(delivery.delivery_choices.map((c: { kind: string; amount: number }) => [c.kind, c.amount])).toEqual(
        [...WEB_PICKUP.options, ...WEB_DELIVERY.options].map((o) => [o.code, o.priceVnd])
      )
      await api.post(`/store/carts/${cart.cart.id}/delivery`, { kind: "standard" }, store)

      const { data: providers } = await api.get(`/store/payment-providers?region_id=${vietnam.id}`, store)
      expect(providers.payment_providers.map((p: { id: string }) => p.id).sort()).toEqual(REGION_PAYMENT_PROVIDER_IDS.toSorted())
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cart.cart.id }, store)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: CASH_ON_DELIVERY_PROVIDER_ID },
        store
      )
      const { data: completed } = await api.post(`/store/carts/${cart.cart.id}/complete`, {}, store)
      expect(completed.type).toBe("order")
      expect(completed.order).toMatchObject({ currency_code: "vnd", item_subtotal: 130_000, shipping_total: 30_000, total: 160_000 })
    })

    it("adds nothing when the store setup runs again on a shop that has it", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const counts = async () => {
        const result: Record<string, number> = {}
        for (const entity of SETUP_ENTITIES) result[entity] = (await query.graph({ entity, fields: ["id"] })).data.length
        return result
      }
      const before = await counts()
      await createStoreSetup({ container: getContainer() })
      expect(await counts()).toEqual(before)
    })
  },
})
