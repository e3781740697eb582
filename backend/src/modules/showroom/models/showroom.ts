import { model } from "@medusajs/framework/utils"

/**
 * A district OCOP showroom (cửa hàng giới thiệu sản phẩm OCOP) that sells at the counter. Its
 * stock location and sales channel are links; the address is kept as issued beside 2025 codes.
 */
const Showroom = model.define("showroom", {
  id: model.id({ prefix: "shr" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text(),
  address_as_issued: model.text(),
  province_code: model.text(),
  commune_code: model.text().nullable(),
  phone: model.text().nullable(),
  metadata: model.json().nullable(),
})

export default Showroom
