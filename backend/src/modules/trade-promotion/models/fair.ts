import { model } from "@medusajs/framework/utils"
import VideoLink from "./video-link"

/**
 * A trade fair (hội chợ) the programme office runs or joins: its days in Vietnam's time, the
 * commune (2025 unit) and venue it is held at. Its producers are a link (links/fair-producer.ts);
 * its page lists their products.
 */
const Fair = model
  .define("fair", {
    id: model.id({ prefix: "fair" }).primaryKey(),
    handle: model.text(),
    name: model.text(),
    name_en: model.text().nullable(),
    description: model.text().nullable(),
    description_en: model.text().nullable(),
    /** First and last day, YYYY-MM-DD in Vietnam's time. */
    starts_on: model.text(),
    ends_on: model.text(),
    province_code: model.text(),
    commune_code: model.text(),
    /** Where in the commune, as its poster says: "Quảng trường Ba Đình, số 1 đường Hùng Vương". */
    venue: model.text(),
    video_links: model.hasMany(() => VideoLink, { mappedBy: "fair" }),
  })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["ends_on"] },
  ])

export default Fair
