import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { REGISTRATION_REFUSED_EVENT } from "../events"
import type { RegistrationRefused } from "../lib/auth-attempts"
import { PRODUCER_MEMBER_MODULE } from "../modules/producer-member"
import { addProducerMemberWorkflow } from "./add-producer-member"
import { createProducerWorkflow } from "./create-producer"
import { freeProducerHandleStep } from "./steps/free-producer-handle"
import type { CreateProducerStepInput } from "./steps/create-producer"
import { registerMemberLoginStep } from "./steps/member-logins"
import { PRODUCER_NOTICE_TEMPLATES, sendProducerNoticesStep } from "./steps/send-producer-notices"

export type RegisterProducerWorkflowInput = {
  producer: Pick<
    CreateProducerStepInput,
    "name" | "kind" | "business_registration_number" | "phone" | "address_as_issued" | "province_code" | "commune_code"
  >
  /** The person registering, who becomes the producer's first owner. */
  owner: { name: string; email: string } & (
    | { password: string; auth_identity_id?: undefined }
    /** Signed in already (a member of another producer, or a buyer): their own login. */
    | { auth_identity_id: string; password?: undefined }
  )
}

/**
 * A producer registers itself: it is created pending (with its stock location and shipping, as the
 * Admin creates one) and the person registering becomes its owner, who signs in at once to follow
 * the registration. An email that already has a login is not registered again: nothing is made,
 * the answer is the same, and the email's owner is told of the attempt (REGISTRATION_REFUSED_EVENT);
 * someone who has a login registers signed in.
 */
export const registerProducerWorkflow = createWorkflow("register-producer", (input: RegisterProducerWorkflowInput) => {
  const newLogin = when({ input }, ({ input }) => !input.owner.auth_identity_id).then(() =>
    registerMemberLoginStep(transform({ input }, ({ input }) => ({ email: input.owner.email, password: input.owner.password! }))),
  )
  const login = transform({ input, newLogin }, ({ input, newLogin }) => input.owner.auth_identity_id ?? newLogin ?? null)

  when({ login }, ({ login }) => !login).then(() => {
    emitEventStep({
      eventName: REGISTRATION_REFUSED_EVENT,
      data: transform({ input }, ({ input }): RegistrationRefused => ({ email: input.owner.email, actor_type: PRODUCER_MEMBER_MODULE })),
    })
  })

  const registered = when({ login }, ({ login }) => Boolean(login)).then(() => {
    const handle = freeProducerHandleStep(transform({ input }, ({ input }) => ({ name: input.producer.name })))
    const { producer } = createProducerWorkflow.runAsStep({
      input: transform({ input, handle }, ({ input, handle }) => ({
        ...input.producer,
        handle,
        status: "pending" as const,
        contact_name: input.owner.name,
        email: input.owner.email,
      })),
    })
    const member = addProducerMemberWorkflow.runAsStep({
      input: transform({ input, login, producer }, ({ input, login, producer }) => ({
        auth_identity_id: login!,
        name: input.owner.name,
        producer_id: producer.id,
        role: "owner" as const,
      })),
    })
    sendProducerNoticesStep(
      transform({ input, producer }, ({ input, producer }) => [
        {
          to: input.owner.email,
          channel: "email",
          template: PRODUCER_NOTICE_TEMPLATES.registered,
          data: { producer_id: producer.id, producer_name: producer.name },
          trigger_type: PRODUCER_NOTICE_TEMPLATES.registered,
          resource_id: producer.id,
          resource_type: "producer",
          idempotency_key: `${PRODUCER_NOTICE_TEMPLATES.registered}:${producer.id}`,
        },
      ]),
    )
    return { producer, member }
  })

  return new WorkflowResponse(registered)
})
