/** Names (and shipping prices) the sample catalogue gives its store setup, by which scripts find what it created. */
export const WEB_SALES_CHANNEL = "Cửa hàng trực tuyến OCOP Market"
export const SHOWROOM_SALES_CHANNEL = "Showroom OCOP Hải Hậu"
export const PUBLISHABLE_KEY_TITLE = "OCOP Market web shop"
export const REGION_NAME = "Việt Nam"

/** Cash on delivery: provider `cod` of backend/src/modules/cash-on-delivery, registered with id `cod`. */
export const CASH_ON_DELIVERY_PROVIDER_ID = "pp_cod_cod"
/** The payment providers a buyer in the Việt Nam region may choose; card and VietQR join here. */
export const REGION_PAYMENT_PROVIDER_IDS = [CASH_ON_DELIVERY_PROVIDER_ID]

export type ShippingOptionSetup = { code: string; name: string; description: string; priceVnd: number }

/**
 * What a web buyer sees at checkout: two ways to have the parcel brought, one to collect it.
 * Flat prices in whole đồng, the same for every cart; each producer ships from its own stock.
 */
export const WEB_DELIVERY = {
  location: "Giao hàng toàn quốc OCOP Market",
  fulfillmentSet: "Giao hàng OCOP Market",
  serviceZone: "Việt Nam (giao hàng)",
  options: [
    { code: "standard", name: "Giao hàng tiêu chuẩn", description: "3–5 ngày làm việc", priceVnd: 30_000 },
    { code: "express", name: "Giao hàng nhanh", description: "1–2 ngày làm việc", priceVnd: 55_000 },
  ],
} as const satisfies { location: string; fulfillmentSet: string; serviceZone: string; options: ShippingOptionSetup[] }

export const WEB_PICKUP = {
  location: "Điểm nhận hàng showroom OCOP Hải Hậu",
  fulfillmentSet: "Nhận tại showroom OCOP Hải Hậu",
  serviceZone: "Việt Nam (nhận tại showroom)",
  options: [
    { code: "pickup", name: "Nhận tại cửa hàng OCOP Hải Hậu", description: "Nhận hàng tại showroom, thanh toán khi nhận", priceVnd: 0 },
  ],
} as const satisfies { location: string; fulfillmentSet: string; serviceZone: string; options: ShippingOptionSetup[] }

/**
 * Bumped whenever ensureCommerceSetup learns something new, so `npm start` re-runs the
 * (idempotent) load on a database seeded by an older version. Kept in the store's metadata.
 */
export const STORE_SETUP_VERSION = "2-checkout"
export const STORE_SETUP_VERSION_KEY = "ocop_store_setup_version"
