import { model } from "@medusajs/framework/utils"
import { PRODUCER_MEMBER_ROLES } from "@ocop/domain/producer-accounts"
import Producer from "./producer"

/**
 * An owner's invitation for someone to join the producer as a member. Only the SHA-256 of its token
 * is kept: the token itself goes to the invited email alone, so whoever accepts it reads that inbox.
 */
const ProducerInvite = model
  .define("producer_invite", {
    id: model.id({ prefix: "pinv" }).primaryKey(),
    email: model.text(),
    role: model.enum([...PRODUCER_MEMBER_ROLES]).default("staff"),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    /** The member who sent it. */
    invited_by: model.text().nullable(),
    producer: model.belongsTo(() => Producer, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["email"] }])

export default ProducerInvite
