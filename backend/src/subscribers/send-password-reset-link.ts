import { createHash } from "node:crypto"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework/subscribers"
import { AuthWorkflowEvents, ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ACCOUNT_LOCALES, type AccountLocale, resetPasswordUrl } from "@ocop/domain/storefront-links"
import { RESET_LINK_MINUTES } from "../lib/password-reset"
import { storefrontUrl } from "../lib/storefront-url"

export const RESET_PASSWORD_TEMPLATE = "account-reset-password"

/** Links sent to one email in an hour, at most: asking again beyond that sends nothing until the hour has passed. */
export const RESET_LINKS_PER_HOUR = 3

const HOUR_MS = 3600_000

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string; metadata?: { locale?: unknown } }

/**
 * Emails the link of a password reset (Medusa's `auth.password_reset`, made for an email that has
 * a login): for a buyer, the storefront's reset page in their language; for an operator, the
 * Admin's own reset page, which Medusa Admin's "forgot password" expects. The local notification
 * provider writes the whole message, link included, to the backend's log.
 */
export default async function sendPasswordResetLink({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id: email, actor_type, token, metadata } = event.data
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const resetUrl = resetUrlFor(container, actor_type, token, localeOf(metadata?.locale))
  if (!resetUrl) {
    logger.info(`A password reset for a ${actor_type} login was asked for; no page sets a ${actor_type}'s password yet, so no link is sent.`)
    return
  }
  const notifications = container.resolve(Modules.NOTIFICATION)
  const sent = await notifications.listNotifications({ to: email, template: RESET_PASSWORD_TEMPLATE })
  const lastHour = sent.filter((notification) => Date.now() - new Date(notification.created_at).getTime() < HOUR_MS)
  if (lastHour.length >= RESET_LINKS_PER_HOUR) {
    logger.info(`${email} was sent ${lastHour.length} password reset links in the last hour: no other is sent until an hour after the first.`)
    return
  }
  await notifications.createNotifications({
    to: email,
    channel: "email",
    template: RESET_PASSWORD_TEMPLATE,
    data: { reset_url: resetUrl, actor_type, locale: localeOf(metadata?.locale), expires_in_minutes: RESET_LINK_MINUTES },
    trigger_type: AuthWorkflowEvents.PASSWORD_RESET,
    // One email per link, however often the event is delivered.
    idempotency_key: `${RESET_PASSWORD_TEMPLATE}:${createHash("sha256").update(token).digest("base64url")}`,
  })
}

function localeOf(value: unknown): AccountLocale {
  return ACCOUNT_LOCALES.includes(value as AccountLocale) ? (value as AccountLocale) : "vi"
}

function resetUrlFor(container: SubscriberArgs<unknown>["container"], actorType: string, token: string, locale: AccountLocale): string | undefined {
  if (actorType === "customer") return resetPasswordUrl(storefrontUrl(), locale, token)
  if (actorType === "user") {
    const { admin } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    const base = `${(admin.backendUrl ?? "http://localhost:9000").replace(/\/+$/, "")}${admin.path ?? "/app"}`
    return `${base}/reset-password?token=${encodeURIComponent(token)}`
  }
  return undefined
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
  context: { subscriberId: "send-password-reset-link" },
}
