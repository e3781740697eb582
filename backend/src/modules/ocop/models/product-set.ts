import { model } from "@medusajs/framework/utils"
import Industry from "./industry"
import Certificate from "./certificate"

/** One of the 26 product sets (bộ sản phẩm) a product is scored in, Decision 148/QĐ-TTg (2023). */
const ProductSet = model.define({ name: "product_set", tableName: "ocop_product_set" }, {
  id: model.id({ prefix: "oset" }).primaryKey(),
  number: model.number().unique(),
  handle: model.text().unique(),
  name_vi: model.text(),
  name_en: model.text(),
  industry: model.belongsTo(() => Industry, { mappedBy: "product_sets" }),
  certificates: model.hasMany(() => Certificate, { mappedBy: "product_set" }),
})

export default ProductSet
