import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/domain/errors"
import { membersOfProducer } from "../../lib/producer-memberships"

/** Refuses to invite an email that already works for the producer: they sign in as they are. */
export const assertNotAMemberStep = createStep("assert-not-a-member", async (input: { producer_id: string; email: string }, { container }) => {
  const members = await membersOfProducer(container, input.producer_id)
  if (members.some((member) => member.producer_member.email === input.email)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${input.email} is already a member of this producer.`, ERROR_CODES.alreadyAMember)
  }
  return new StepResponse(null)
})
