import { model } from "@medusajs/framework/utils"

/**
 * A manager's approval for one sale at a cashier's counter, asked for with the manager's own
 * session: only a digest of its token is kept, it is good for a few minutes, and the sale it
 * approves spends it (`used_at`, `sale_id`), so it approves nothing else.
 */
const PosApproval = model
  .define("pos_approval", {
    id: model.id({ prefix: "pappr" }).primaryKey(),
    showroom_id: model.text(),
    manager_id: model.text(),
    token_digest: model.text().unique(),
    expires_at: model.dateTime(),
    used_at: model.dateTime().nullable(),
    sale_id: model.text().nullable(),
  })
  .indexes([{ on: ["showroom_id", "manager_id"] }])

export default PosApproval
