/** POST { token, name?, password? }: joins the producer that sent the invitation; the member then signs in. */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { acceptProducerInviteWorkflow } from "../../../../workflows/accept-producer-invite"
import type { ProducerAcceptInvite } from "../../../validators"

export async function POST(req: MedusaRequest<ProducerAcceptInvite>, res: MedusaResponse) {
  const { result } = await acceptProducerInviteWorkflow(req.scope).run({ input: req.validatedBody })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["id", "name", "status"],
    filters: { id: result.producer_id },
  })
  res.json({
    member: { id: result.member.id, email: result.member.email, name: result.member.name },
    producer: data[0],
    role: result.role,
    message: `You are now a member of ${data[0]?.name}: sign in with ${result.member.email}.`,
  })
}
