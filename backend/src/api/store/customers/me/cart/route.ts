import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** How many of the newest open carts are looked at for one that still holds something. */
const CANDIDATES = 5

/**
 * GET /store/customers/me/cart: the signed-in customer's newest cart that is not yet an order and
 * holds at least one line, in the sales channel of the publishable key; `{ cart: null }` when there
 * is none. The storefront asks at sign-in, so a cart left with the account comes back to the buyer
 * on their next visit. Medusa's `/store/customers/me*` authentication guards it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id"],
    filters: {
      customer_id: req.auth_context.actor_id,
      completed_at: null,
      ...(salesChannelIds.length > 0 ? { sales_channel_id: salesChannelIds } : {}),
    },
    pagination: { take: CANDIDATES, order: { updated_at: "DESC" } },
  })
  const cart = carts.find((candidate) => (candidate.items ?? []).length > 0)
  res.json({ cart: cart ? { id: cart.id } : null })
}
