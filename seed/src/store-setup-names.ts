/** Names the sample catalogue gives its store setup, by which scripts find what it created. */
export const WEB_SALES_CHANNEL = "Cửa hàng trực tuyến OCOP Market"
export const SHOWROOM_SALES_CHANNEL = "Showroom OCOP Hải Hậu"
export const PUBLISHABLE_KEY_TITLE = "OCOP Market web shop"
