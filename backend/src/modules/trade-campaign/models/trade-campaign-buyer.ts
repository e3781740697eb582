import { model } from "@medusajs/framework/utils"

/** How many orders one buyer (a customer, a guest's too) placed with a campaign's discount: its limit per buyer. */
const TradeCampaignBuyer = model
  .define("trade_campaign_buyer", {
    id: model.id({ prefix: "tcbuy" }).primaryKey(),
    campaign_id: model.text(),
    customer_id: model.text(),
    orders: model.number().default(0),
  })
  .indexes([{ on: ["campaign_id", "customer_id"], unique: true }])

export default TradeCampaignBuyer
