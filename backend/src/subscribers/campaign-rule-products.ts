/**
 * Keeps the campaigns chosen by a rule in step with the catalogue: whenever a product, its
 * certificates (its stars), its producer or its OCOP links change, the products it touches join or
 * leave the rule campaigns still to come or running (workflows/refresh-campaign-products.ts). How
 * each event names its products is the search sync's (product-search-sync.ts); stock, prices and
 * sales, which no rule reads, are left out.
 */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework/subscribers"
import { ContainerRegistrationKeys, ProductWorkflowEvents } from "@medusajs/framework/utils"
import { CERTIFICATE_RECORDED_EVENT, CERTIFICATE_UPDATED_EVENT, PRODUCER_UPDATED_EVENT, PRODUCT_OCOP_CHANGED_EVENT } from "../events"
import { refreshCampaignProductsWorkflow } from "../workflows/refresh-campaign-products"
import { type EventData, productsOf } from "./product-search-sync"

/** The changes a campaign's rule reads: a product's status and links, its stars, its producer's status and province. */
const RULE_EVENTS = [
  ProductWorkflowEvents.CREATED,
  ProductWorkflowEvents.UPDATED,
  ProductWorkflowEvents.DELETED,
  PRODUCT_OCOP_CHANGED_EVENT,
  CERTIFICATE_RECORDED_EVENT,
  CERTIFICATE_UPDATED_EVENT,
  PRODUCER_UPDATED_EVENT,
]

export default async function campaignRuleProducts({ event, container }: SubscriberArgs<EventData>) {
  const find = productsOf[event.name]
  if (!find) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = await find(event.data, query)
  if (!productIds.length) return
  await refreshCampaignProductsWorkflow(container).run({ input: { product_ids: productIds } })
}

export const config: SubscriberConfig = {
  event: RULE_EVENTS,
  context: { subscriberId: "campaign-rule-products" },
}
