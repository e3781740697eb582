/**
 * The shop itself, created by `medusa db:migrate` so a database with no sample data can sell: the
 * store in VND, the Việt Nam region with cash on delivery, the web and showroom sales channels,
 * the storefront's publishable key, the default shipping profile, and the Hải Hậu showroom with
 * its stock location and sales channel (made by create-showroom, as the programme office makes any
 * other). Delivery and pickup are each producer's own (create-producer-shipping). Every part is looked up by its name first, so running it on a database
 * that already has some of it (an older sample-catalogue load) adds only what is missing.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createStoresWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  DEFAULT_SHIPPING_PROFILE,
  HAI_HAU_SHOWROOM,
  PUBLISHABLE_KEY_TITLE,
  REGION_COUNTRY,
  REGION_NAME,
  regionPaymentProviderIds,
  SHOWROOM_SALES_CHANNEL,
  STORE_CURRENCY,
  STORE_NAME,
  TAX_PROVIDER_ID,
  WEB_SALES_CHANNEL,
} from "../lib/store-setup"
import { createShowroomWorkflow } from "../workflows/create-showroom"

/** A record reached through a relation or link, as Query returns it (null where the link is gone). */
type Linked<Field extends string> = { [key in Field]: string } | null | undefined

export default async function createStoreSetup({ container }: { container: MedusaContainer }) {
  const channels = await ensureSalesChannels(container, [WEB_SALES_CHANNEL])
  const webChannelId = channels.get(WEB_SALES_CHANNEL)!

  const regionId = await ensureRegion(container)
  await ensureStore(container, webChannelId, regionId)
  await ensurePublishableKey(container, webChannelId)
  // Products made through the Admin start on it, until the product hooks give them their producer's.
  await ensureDefaultShippingProfile(container)
  await ensureShowroom(container)
}

function queryOf(container: MedusaContainer) {
  return container.resolve(ContainerRegistrationKeys.QUERY)
}

async function ensureSalesChannels(container: MedusaContainer, names: string[]) {
  const { data } = await queryOf(container).graph({ entity: "sales_channel", fields: ["id", "name"], filters: { name: names } })
  const byName = new Map<string, string>(data.map((channel: { id: string; name: string }) => [channel.name, channel.id]))
  const missing = names.filter((name) => !byName.has(name))
  if (missing.length) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: missing.map((name) => ({ name })) },
    })
    for (const channel of result) byName.set(channel.name, channel.id)
  }
  return byName
}

/**
 * Medusa creates its default store when the application first starts, after the migrations; on
 * an empty database the store is created here instead, so that default finds one and adds nothing.
 */
async function ensureStore(container: MedusaContainer, webChannelId: string, regionId: string) {
  const {
    data: [store],
  } = await queryOf(container).graph({
    entity: "store",
    fields: ["id", "name", "default_sales_channel_id", "default_region_id", "supported_currencies.*"],
  })
  if (!store) {
    await createStoresWorkflow(container).run({
      input: {
        stores: [
          {
            name: STORE_NAME,
            supported_currencies: [{ currency_code: STORE_CURRENCY, is_default: true }],
            default_sales_channel_id: webChannelId,
            default_region_id: regionId,
          },
        ],
      },
    })
    return
  }

  const currencies = (store.supported_currencies ?? []) as { currency_code: string; is_default: boolean }[]
  const sellsInVndOnly = currencies.length === 1 && currencies[0]!.currency_code === STORE_CURRENCY && currencies[0]!.is_default
  if (store.name === STORE_NAME && store.default_sales_channel_id === webChannelId && store.default_region_id === regionId && sellsInVndOnly) {
    return
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        default_sales_channel_id: webChannelId,
        default_region_id: regionId,
        // The shop sells in đồng only (Medusa's own default store comes with EUR).
        supported_currencies: [{ currency_code: STORE_CURRENCY, is_default: true }],
      },
    },
  })
}

async function ensureRegion(container: MedusaContainer): Promise<string> {
  const query = queryOf(container)
  const {
    data: [region],
  } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { name: REGION_NAME } })
  let regionId: string
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: STORE_CURRENCY,
            countries: [REGION_COUNTRY],
            payment_providers: regionPaymentProviderIds(),
            automatic_taxes: true,
          },
        ],
      },
    })
    regionId = result[0]!.id
  } else {
    regionId = region.id
    const enabled = new Set<string>((region.payment_providers ?? []).flatMap((provider: Linked<"id">) => (provider ? [provider.id] : [])))
    if (!regionPaymentProviderIds().every((id) => enabled.has(id))) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: region.id }, update: { payment_providers: [...new Set([...enabled, ...regionPaymentProviderIds()])] } },
      })
    }
  }

  const { data: taxRegions } = await query.graph({ entity: "tax_region", fields: ["id"], filters: { country_code: REGION_COUNTRY } })
  if (!taxRegions.length) {
    await createTaxRegionsWorkflow(container).run({ input: [{ country_code: REGION_COUNTRY, provider_id: TAX_PROVIDER_ID }] })
  }
  return regionId
}

async function ensurePublishableKey(container: MedusaContainer, webChannelId: string) {
  const {
    data: [key],
  } = await queryOf(container).graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { title: PUBLISHABLE_KEY_TITLE, type: "publishable" },
  })
  const keyId =
    key?.id ??
    (
      await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
      })
    ).result[0]!.id
  if (!(key?.sales_channels ?? []).some((channel: Linked<"id">) => channel?.id === webChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keyId, add: [webChannelId] } })
  }
}

async function ensureDefaultShippingProfile(container: MedusaContainer): Promise<string> {
  const {
    data: [profile],
  } = await queryOf(container).graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
  if (profile) return profile.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: DEFAULT_SHIPPING_PROFILE, type: "default" }] },
  })
  return result[0]!.id
}

/** The Hải Hậu showroom, made as the programme office makes any other (create-showroom), unless it is there. */
async function ensureShowroom(container: MedusaContainer) {
  const {
    data: [existing],
  } = await queryOf(container).graph({ entity: "showroom", fields: ["id"], filters: { handle: HAI_HAU_SHOWROOM.handle } })
  if (existing) return
  await createShowroomWorkflow(container).run({
    input: {
      handle: HAI_HAU_SHOWROOM.handle,
      name: HAI_HAU_SHOWROOM.name,
      address_as_issued: HAI_HAU_SHOWROOM.addressAsIssued,
      province_code: HAI_HAU_SHOWROOM.provinceCode,
      commune_code: HAI_HAU_SHOWROOM.communeCode,
      sales_channel_name: SHOWROOM_SALES_CHANNEL,
      stock_location_name: HAI_HAU_SHOWROOM.stockLocation,
    },
  })
}
