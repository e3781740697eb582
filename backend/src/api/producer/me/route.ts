/**
 * GET: the signed-in member, every producer they work for with their role in it, and the producer
 * this request is for (null until one is chosen with x-producer-id, when there are several).
 */
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerMemberRequest } from "../../../lib/producer-access"
import { PRODUCER_MEMBER_MODULE } from "../../../modules/producer-member"
import type ProducerMemberModuleService from "../../../modules/producer-member/service"

const PRODUCER_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "status",
  "status_reason",
  "business_registration_number",
  "contact_name",
  "email",
  "phone",
  "address_as_issued",
  "province_code",
  "commune_code",
  "story_vi",
  "story_en",
  "logo_url",
  "created_at",
]

export async function GET(req: ProducerMemberRequest, res: MedusaResponse) {
  const member = await req.scope.resolve<ProducerMemberModuleService>(PRODUCER_MEMBER_MODULE).retrieveProducerMember(req.producer_member.id)
  let producer = null
  if (req.producer) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "producer",
      fields: PRODUCER_FIELDS,
      filters: { id: req.producer.id },
    })
    producer = { ...data[0], role: req.producer.role }
  }
  res.json({
    member: { id: member.id, email: member.email, name: member.name, phone: member.phone },
    producer,
    memberships: req.producer_member.memberships.map((membership) => ({ role: membership.role, producer: membership.producer })),
  })
}
