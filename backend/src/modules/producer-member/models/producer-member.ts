import { model } from "@medusajs/framework/utils"

/**
 * A person who works for one or more producers (the cooperative's director, its bookkeeper, a
 * household business's owner): the actor `producer_member` of Medusa's auth module, signing in by
 * email and password. Which producers and in which role is the member ↔ producer link
 * (links/producer-member-producer.ts), so nothing here names a producer.
 */
const ProducerMember = model.define("producer_member", {
  id: model.id({ prefix: "pmem" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  phone: model.text().nullable(),
  metadata: model.json().nullable(),
})

export default ProducerMember
