/**
 * GET: one campaign by its page's handle, running or not (`live` says), with its products as the
 * shop's search lists them (the cards' shape); an unknown handle is 404.
 */
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { documentsInShop, PRODUCT_SEARCH_GRAPH_CONTEXT, PRODUCT_SEARCH_GRAPH_FIELDS, type ProductSearchGraphRow } from "../../../../lib/product-search-documents"
import { campaignByHandle } from "../../../../lib/trade-campaigns"

/** A campaign page lists this many of its products at most. */
const LISTED_PRODUCTS = 48

export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const campaign = await campaignByHandle(req.scope, req.params.handle!)
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No campaign has the address ${req.params.handle}.`)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: PRODUCT_SEARCH_GRAPH_FIELDS,
    filters: { id: campaign.product_ids.slice(0, LISTED_PRODUCTS), status: "published" },
    context: PRODUCT_SEARCH_GRAPH_CONTEXT,
  })
  const products = await documentsInShop(req.scope, data as ProductSearchGraphRow[], new Set(req.publishable_key_context.sales_channel_ids))
  res.json({ campaign, products })
}
