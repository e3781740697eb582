import { model } from "@medusajs/framework/utils"

/**
 * The programme office's curation of a province's pavilion (gian hàng tỉnh): its banner, through the
 * photo pipeline, and its introduction. Its featured producers and products are links
 * (links/pavilion-producer.ts, links/pavilion-product.ts). A province without one shows as before.
 */
const Pavilion = model
  .define("pavilion", {
    id: model.id({ prefix: "pav" }).primaryKey(),
    province_code: model.text(),
    /** The banner as the photo pipeline made it (lib/photos.ts' PhotoMetadata), or null. */
    banner: model.json().nullable(),
    /** The URL Admin uploaded the banner at (api/admin/uploads), which finds its renditions. */
    banner_url: model.text().nullable(),
    introduction: model.text().nullable(),
    introduction_en: model.text().nullable(),
  })
  .indexes([{ on: ["province_code"], unique: true, where: "deleted_at IS NULL" }])

export default Pavilion
