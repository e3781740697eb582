/**
 * GET: the ways to receive the cart, each priced for all its producers' parcels together.
 * POST { kind }: chooses one, adding the shipping method of that kind for every parcel at once.
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { cartDeliveryChoices } from "../../../../../lib/cart-delivery"
import type { StoreChooseDelivery } from "../../../../validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ delivery_choices: await cartDeliveryChoices(req.scope, req.params.id as string) })
}

export async function POST(req: MedusaRequest<StoreChooseDelivery>, res: MedusaResponse) {
  const cartId = req.params.id as string
  const { kind } = req.validatedBody
  const choices = await cartDeliveryChoices(req.scope, cartId)
  const choice = choices.find((candidate) => candidate.kind === kind)
  if (!choice) {
    const offered = choices.map((candidate) => candidate.kind).join(", ") || "none, as the cart is empty"
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `"${kind}" is not a way every product in this cart can be delivered; choose one of: ${offered}.`,
      "delivery_not_available",
    )
  }
  await addShippingMethodToCartWorkflow(req.scope).run({
    input: {
      cart_id: cartId,
      // Kept on each method, so the order says how and, for a pickup, where it is received.
      options: choice.parcels.map((parcel) => ({
        id: parcel.shipping_option_id,
        data: { code: choice.kind, pickup_address: choice.pickup_address, pickup_point: choice.pickup_point },
      })),
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "shipping_total", "total", "shipping_methods.id", "shipping_methods.name", "shipping_methods.amount", "shipping_methods.shipping_option_id"],
    filters: { id: cartId },
  })
  res.json({ cart: data[0], delivery: choice })
}
