/**
 * GET: the order this cart was placed as, `{ order_id, order_access_token }`, asked by the checkout
 * right after it completed the cart. The token opens a guest's order to this browser (the storefront
 * keeps it in an httpOnly cookie); an account's order opens with its session only, so it has none.
 * Who may ask is the cart's rule (lib/cart-access.ts), as for every route of a cart.
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderAccessOfCart } from "../../../../../lib/order-access"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "no-store")
  res.json(await orderAccessOfCart(req.scope, req.params.id as string))
}
