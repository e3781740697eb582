import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework/subscribers"
import { Modules } from "@medusajs/framework/utils"
import { todayInVietnam } from "@ocop/domain/vietnam-date"
import { REGISTRATION_REFUSED_EVENT } from "../events"
import type { RegistrationRefused } from "../lib/auth-attempts"

export const REGISTRATION_ATTEMPTED_TEMPLATE = "account-registration-attempted"

/**
 * Someone tried to register with an email that already has a login. The answer they got does not
 * say so; the owner of the email is told instead (at most once a day), with the way to sign in or
 * reset the password, so a person who forgot their account finds it through their own inbox.
 */
export default async function tellOwnerOfRegistrationAttempt({ event, container }: SubscriberArgs<RegistrationRefused>) {
  const { email, actor_type } = event.data
  const logins = await container.resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (logins.length === 0) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: REGISTRATION_ATTEMPTED_TEMPLATE,
    data: { actor_type },
    trigger_type: REGISTRATION_REFUSED_EVENT,
    idempotency_key: `${REGISTRATION_ATTEMPTED_TEMPLATE}:${email}:${todayInVietnam()}`,
  })
}

export const config: SubscriberConfig = {
  event: REGISTRATION_REFUSED_EVENT,
  context: { subscriberId: "tell-owner-of-registration-attempt" },
}
