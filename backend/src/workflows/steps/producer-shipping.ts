/**
 * What a producer ships with: its own shipping profile, and on its own stock location a delivery
 * fulfillment set (standard and express, nationwide) and a pickup one (collected at the Hải Hậu
 * showroom), with the shop's flat prices in whole đồng. A cart's shipping options then come from
 * the location that holds the stock, and Medusa's own stock flag on each option is right.
 */
import { Modules } from "@medusajs/framework/utils"
import { MANUAL_FULFILLMENT_PROVIDER_ID, REGION_COUNTRY, STORE_CURRENCY, WEB_DELIVERY, WEB_PICKUP, type WebShippingSetup } from "../../lib/store-setup"

export type ProducerShippingSetup = { profileName: string; fulfillmentSets: { name: string; type: WebShippingSetup["type"]; setup: WebShippingSetup }[] }

export function producerShippingSetup(producer: { handle: string; name: string }): ProducerShippingSetup {
  return {
    profileName: `${producer.name} (${producer.handle})`,
    fulfillmentSets: [WEB_DELIVERY, WEB_PICKUP].map((setup) => ({ name: `${setup.fulfillmentSet} – ${producer.handle}`, type: setup.type, setup })),
  }
}

export function fulfillmentSetsInput(shipping: ProducerShippingSetup) {
  return shipping.fulfillmentSets.map(({ name, type, setup }) => ({
    name,
    type,
    service_zones: [{ name: `${setup.serviceZone} – ${name}`, geo_zones: [{ type: "country" as const, country_code: REGION_COUNTRY }] }],
  }))
}

type CreatedSet = { name: string; service_zones: { id: string }[] }

export function shippingOptionsInput(shipping: ProducerShippingSetup, sets: CreatedSet[], shippingProfileId: string) {
  return shipping.fulfillmentSets.flatMap(({ name, setup }) => {
    const serviceZoneId = sets.find((set) => set.name === name)!.service_zones[0]!.id
    return setup.options.map((option) => ({
      name: option.name,
      service_zone_id: serviceZoneId,
      shipping_profile_id: shippingProfileId,
      provider_id: MANUAL_FULFILLMENT_PROVIDER_ID,
      price_type: "flat" as const,
      type: { label: option.name, description: option.description, code: option.code },
      prices: [{ currency_code: STORE_CURRENCY, amount: option.priceVnd }],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    }))
  })
}

export const fulfillmentSetLink = (locationId: string, fulfillmentSetId: string) => ({
  [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
  [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSetId },
})
