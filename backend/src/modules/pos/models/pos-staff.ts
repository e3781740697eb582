import { model } from "@medusajs/framework/utils"
import { POS_STAFF_ROLES } from "@ocop/domain/pos"

/**
 * A person who sells at a showroom's counter: the auth actor `pos_staff`, signing in by email and
 * password. A staff member works at one showroom (named by id, as Medusa's orders name their sales
 * channel), as cashier or manager (@ocop/domain/pos says what each may do).
 */
const PosStaff = model
  .define("pos_staff", {
    id: model.id({ prefix: "pstf" }).primaryKey(),
    email: model.text().unique(),
    name: model.text(),
    role: model.enum([...POS_STAFF_ROLES]),
    showroom_id: model.text(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["showroom_id"] }])

export default PosStaff
