import { model } from "@medusajs/framework/utils"

/**
 * A trade-promotion campaign (chiến dịch xúc tiến thương mại) as the shop shows it: its page's
 * handle, names and banner in both languages, when it runs, the products in it (chosen by hand or
 * by the rule kept beside them) and, when it has one, its discount. The discount itself is a
 * Medusa promotion linked to it (links/trade-campaign-promotion.ts), whose campaign holds the
 * same window and the budget.
 */
const TradeCampaign = model
  .define("trade_campaign", {
    id: model.id({ prefix: "tcmp" }).primaryKey(),
    handle: model.text().searchable(),
    name_vi: model.text().searchable(),
    name_en: model.text(),
    summary_vi: model.text().nullable(),
    summary_en: model.text().nullable(),
    /** The banner's renditions and placeholder (lib/photos.ts PhotoMetadata), from the photo pipeline. */
    banner: model.json().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    /** The rule the products were chosen by, when they were not chosen by hand. */
    province_code: model.text().nullable(),
    industry_code: model.text().nullable(),
    star_rating: model.number().nullable(),
    /** The products in it, as they were chosen when it was made. */
    product_ids: model.array(),
    discount_type: model.enum(["percentage", "fixed"]).nullable(),
    discount_value: model.number().nullable(),
    per_buyer_limit: model.number().nullable(),
    budget: model.number().nullable(),
    /**
     * Whole đồng of discount the budget has given: taken when a checkout with the discount starts
     * to become an order, given back if it fails (lib/campaign-limits.ts), so it never passes `budget`.
     */
    budget_spent: model.number().default(0),
  })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["starts_at", "ends_at"] },
  ])
  .checks([{ name: "trade_campaign_ends_after_start", expression: (columns) => `${columns.ends_at} > ${columns.starts_at}` }])

export default TradeCampaign
