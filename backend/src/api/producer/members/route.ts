/** GET: the producer's members and its open invitations. POST { email, role? }: an owner invites someone. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../lib/producer-access"
import { membersOfProducer } from "../../../lib/producer-memberships"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { inviteProducerMemberWorkflow } from "../../../workflows/invite-producer-member"
import type { ProducerInviteMember } from "../../validators"
import { presentMember } from "./present-member"

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const members = await membersOfProducer(req.scope, req.producer.id)
  const invites = await req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerInvites(
    { producer_id: req.producer.id, accepted_at: null, expires_at: { $gt: new Date() } },
    { select: ["id", "email", "role", "expires_at", "created_at"], order: { created_at: "ASC" } },
  )
  res.json({ members: members.map(presentMember), invites })
}

export async function POST(req: ProducerRequest<ProducerInviteMember>, res: MedusaResponse) {
  const { result } = await inviteProducerMemberWorkflow(req.scope).run({
    input: {
      producer_id: req.producer.id,
      email: req.validatedBody.email,
      role: req.validatedBody.role,
      invited_by: { id: req.producer_member.id, role: req.producer.role },
    },
  })
  res.status(201).json({ invite: { id: result.id, email: result.email, role: result.role, expires_at: result.expires_at } })
}
