/** GET: one of the producer's members. DELETE: an owner takes them off the producer (never its last owner). */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../lib/producer-access"
import { membersOfProducer } from "../../../../lib/producer-memberships"
import { removeProducerMemberWorkflow } from "../../../../workflows/remove-producer-member"
import { presentMember } from "../present-member"

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  // The guard answered 404 already unless this member works for req.producer.
  const [membership] = await membersOfProducer(req.scope, req.producer.id, req.params.id!)
  res.json({ member: presentMember(membership!) })
}

export async function DELETE(req: ProducerRequest, res: MedusaResponse) {
  await removeProducerMemberWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, producer_member_id: req.params.id!, removed_by: { role: req.producer.role } },
  })
  res.json({ id: req.params.id, object: "producer_member", deleted: true })
}
