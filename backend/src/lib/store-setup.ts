/**
 * The names and prices of the shop's own setup (migration-scripts/ocop-store-setup.ts creates it):
 * the setup is found by these names, by the backend, the seed, the local stack and the journeys.
 * Plain constants, so any workspace can import them without loading Medusa.
 */

export const STORE_NAME = "OCOP Market"
/** Prices, totals and shipping are whole đồng. */
export const STORE_CURRENCY = "vnd"

export const WEB_SALES_CHANNEL = "Cửa hàng trực tuyến OCOP Market"
export const SHOWROOM_SALES_CHANNEL = "Showroom OCOP Hải Hậu"
/** The storefront's key: it sees the web channel only. */
export const PUBLISHABLE_KEY_TITLE = "OCOP Market web shop"

export const REGION_NAME = "Việt Nam"
export const REGION_COUNTRY = "vn"
/** Medusa's built-in tax provider; taxes are computed automatically in the region. */
export const TAX_PROVIDER_ID = "tp_system"

/** Cash on delivery: provider `cod` of backend/src/modules/cash-on-delivery, registered with id `cod`. */
export const CASH_ON_DELIVERY_PROVIDER_ID = "pp_cod_cod"
/** Bank transfer by VietQR: provider `vietqr` of backend/src/modules/vietqr, registered with id `vietqr`. */
export const VIETQR_PROVIDER_ID = "pp_vietqr_vietqr"
/** Cards by Stripe: registered only where STRIPE_API_KEY is set (medusa-config.ts). */
export const CARD_STRIPE_PROVIDER_ID = "pp_stripe_stripe"
/** The payment providers a buyer in the Việt Nam region may always choose. */
export const REGION_PAYMENT_PROVIDER_IDS = [CASH_ON_DELIVERY_PROVIDER_ID, VIETQR_PROVIDER_ID]

/**
 * What the store setup enables in the region: cards too where Stripe is configured. Medusa refuses
 * to enable a provider that is not registered, and the setup runs once per database, so a shop that
 * sets STRIPE_API_KEY later enables cards in Admin → Settings → Regions.
 */
export function regionPaymentProviderIds(env: Record<string, string | undefined> = process.env): string[] {
  return [...REGION_PAYMENT_PROVIDER_IDS, ...(env.STRIPE_API_KEY ? [CARD_STRIPE_PROVIDER_ID] : [])]
}

export const DEFAULT_SHIPPING_PROFILE = "Mặc định"
/** Medusa's manual fulfillment provider: every parcel is handed over by hand or by a carrier booked outside. */
export const MANUAL_FULFILLMENT_PROVIDER_ID = "manual_manual"

export type ShippingOptionSetup = { code: string; name: string; description: string; priceVnd: number }
export type WebShippingSetup = {
  type: "shipping" | "pickup"
  fulfillmentSet: string
  serviceZone: string
  options: readonly ShippingOptionSetup[]
}

/**
 * What a web buyer sees at checkout: two ways to have a producer's parcel brought, one to collect
 * it at the showroom. Every producer gets these options on its own stock location
 * (create-producer-shipping), flat prices in whole đồng per parcel.
 */
export const WEB_DELIVERY = {
  type: "shipping",
  fulfillmentSet: "Giao hàng OCOP Market",
  serviceZone: "Việt Nam (giao hàng)",
  options: [
    { code: "standard", name: "Giao hàng tiêu chuẩn", description: "3–5 ngày làm việc", priceVnd: 30_000 },
    { code: "express", name: "Giao hàng nhanh", description: "1–2 ngày làm việc", priceVnd: 55_000 },
  ],
} as const satisfies WebShippingSetup

export const WEB_PICKUP = {
  type: "pickup",
  fulfillmentSet: "Nhận tại showroom OCOP Hải Hậu",
  serviceZone: "Việt Nam (nhận tại showroom)",
  options: [
    { code: "pickup", name: "Nhận tại cửa hàng OCOP Hải Hậu", description: "Nhận hàng tại showroom, thanh toán khi nhận", priceVnd: 0 },
  ],
} as const satisfies WebShippingSetup

/**
 * The Hải Hậu OCOP showroom (data/ocop-facts.json, showrooms): it sells at the counter from its own
 * stock location in its own sales channel, and its address is where the programme office that runs
 * the shop sits and where web buyers collect.
 */
export const HAI_HAU_SHOWROOM = {
  handle: "showroom-hai-hau",
  name: "Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu",
  nameEn: "Hải Hậu OCOP Showroom",
  addressAsIssued: "thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định",
  provinceCode: "37",
  communeCode: "14215",
  stockLocation: "Kho showroom OCOP Hải Hậu",
} as const
