import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework/subscribers"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { confirmEmailUrl } from "@ocop/domain/storefront-links"
import { cookieSecretOf } from "../lib/order-access"
import { REGISTRATION_STARTED_EVENT } from "../events"
import type { RegistrationStarted } from "../lib/registration"
import { REGISTRATION_TOKEN_HOURS, signRegistrationToken } from "../lib/registration-token"
import { storefrontUrl } from "../lib/storefront-url"

export const CONFIRM_EMAIL_TEMPLATE = "account-confirm-email"

/** Registering again with the same email and password sends the link again, this many times an hour at most. */
export const CONFIRMATIONS_PER_HOUR = 3

const HOUR_MS = 3600_000

/**
 * Emails the link that confirms a registration: the storefront's confirmation page in the buyer's
 * language, with a token that names the login and carries the name and phone for the customer
 * (lib/registration-token.ts). The local notification provider writes the whole message, link
 * included, to the backend's log, which is how a developer confirms an account.
 */
export default async function sendRegistrationConfirmation({ event, container }: SubscriberArgs<RegistrationStarted>) {
  const { auth_identity_id, email, locale, first_name, last_name, phone } = event.data
  const notifications = container.resolve(Modules.NOTIFICATION)
  const sent = (await notifications.listNotifications({ to: email, template: CONFIRM_EMAIL_TEMPLATE })).filter(
    (notification) => notification.resource_id === auth_identity_id,
  )
  const lastHour = sent.filter((notification) => Date.now() - new Date(notification.created_at).getTime() < HOUR_MS)
  if (lastHour.length >= CONFIRMATIONS_PER_HOUR) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`${email} was sent ${lastHour.length} confirmation links in the last hour: no other is sent until an hour after the first.`)
    return
  }
  const token = signRegistrationToken(cookieSecretOf(container), { auth_identity_id, first_name, last_name, phone })
  await notifications.createNotifications({
    to: email,
    channel: "email",
    template: CONFIRM_EMAIL_TEMPLATE,
    data: { confirm_url: confirmEmailUrl(storefrontUrl(), locale, token), first_name, locale, expires_in_hours: REGISTRATION_TOKEN_HOURS },
    trigger_type: REGISTRATION_STARTED_EVENT,
    resource_id: auth_identity_id,
    resource_type: "auth_identity",
    // The count of links this login was sent: two registrations handled at once send one.
    idempotency_key: `${CONFIRM_EMAIL_TEMPLATE}:${auth_identity_id}:${sent.length}`,
  })
}

export const config: SubscriberConfig = {
  event: REGISTRATION_STARTED_EVENT,
  context: { subscriberId: "send-registration-confirmation" },
}
