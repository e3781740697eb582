import { model } from "@medusajs/framework/utils"
import ProductSet from "./product-set"

/** One of the 6 industries (ngành) of the OCOP criteria, Decision 148/QĐ-TTg (2023). */
const Industry = model.define({ name: "industry", tableName: "ocop_industry" }, {
  id: model.id({ prefix: "oind" }).primaryKey(),
  code: model.text().unique(),
  handle: model.text().unique(),
  name_vi: model.text(),
  name_en: model.text(),
  rank: model.number(),
  product_sets: model.hasMany(() => ProductSet, { mappedBy: "industry" }),
})

export default Industry
