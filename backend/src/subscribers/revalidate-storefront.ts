/**
 * Tells the storefront which of its cached pages are stale, once what they read holds the change
 * (the search sync announces it after writing the index), retrying a storefront that does not answer.
 */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework/subscribers"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STOREFRONT_PAGES_STALE_EVENT } from "../events"
import { revalidateStorefront } from "../lib/storefront-revalidation"

export default async function revalidateStalePages({ event, container }: SubscriberArgs<{ tags: string[] }>) {
  await revalidateStorefront(container.resolve(ContainerRegistrationKeys.LOGGER), event.data.tags)
}

export const config: SubscriberConfig = {
  event: STOREFRONT_PAGES_STALE_EVENT,
  context: { subscriberId: "revalidate-storefront" },
}
