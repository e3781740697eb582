/**
 * Who may see a placed order, in one place: the buyer. An order of a registered customer opens only
 * to that customer, signed in; a guest's order only with its order access token, which the backend
 * hands to whoever completed the cart (GET /store/carts/:id/order-access) and the storefront keeps
 * in an httpOnly cookie. Everyone else, and an id that names no order, gets the same 404. The store
 * API's order routes, and its returns, meet the rule in the middlewares below (api/middlewares.ts),
 * not in a handler.
 *
 * The token is an HMAC-SHA256 of the order id under the backend's COOKIE_SECRET, so nothing is
 * stored and every backend process of a scaled-out shop checks it alike. It opens the order for as
 * long as the secret stays the same.
 */
import { createHmac, timingSafeEqual } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_ACCESS_HEADER } from "@ocop/domain/order-access"

/** Keeps these tokens apart from all else Medusa signs with the cookie secret (its session cookie). */
const TOKEN_PURPOSE = "order-access:"

/** Who an order belongs to, as far as the rule needs to know. */
export type OrderBuyer = { customer_id?: string | null; customer?: { has_account?: boolean | null } | null }

/** Who asks: the signed-in customer, if any, and whether they sent this order's access token. */
export type OrderReader = { customerId?: string; holdsToken: boolean }

export function orderAccessToken(cookieSecret: string, orderId: string): string {
  return createHmac("sha256", cookieSecret).update(`${TOKEN_PURPOSE}${orderId}`).digest("base64url")
}

/** Compared in constant time, so the answer's timing tells nothing of the right token. */
export function isOrderAccessToken(cookieSecret: string, orderId: string, token: unknown): boolean {
  if (typeof token !== "string" || !token) return false
  const expected = Buffer.from(orderAccessToken(cookieSecret, orderId))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** An account's order opens with the account's session; a guest's (no customer, or one without an account) with its token. */
export function maySeeOrder(order: OrderBuyer, reader: OrderReader): boolean {
  if (order.customer?.has_account) return Boolean(reader.customerId) && reader.customerId === order.customer_id
  return reader.holdsToken
}

/** The token that opens this order, or null for an account's order, which no token opens. */
export function tokenForOrder(cookieSecret: string, order: OrderBuyer & { id: string }): string | null {
  return order.customer?.has_account ? null : orderAccessToken(cookieSecret, order.id)
}

/** The one answer for an order that does not exist and for one the caller may not see. */
export function orderNotFound(orderId: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `No order ${orderId} was found. An order opens only to its buyer: signed in to the account that placed it, or in the browser it was placed from.`,
  )
}

/** The customer signed in to this request (Medusa authenticates every store route, letting guests through), if any. */
export function signedInCustomer(req: MedusaRequest): string | undefined {
  const { auth_context: auth } = req as Partial<Pick<AuthenticatedMedusaRequest, "auth_context">>
  return auth?.actor_type === "customer" ? auth.actor_id || undefined : undefined
}

export function cookieSecretOf(container: MedusaContainer): string {
  const secret = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.cookieSecret
  if (!secret) throw new Error("The backend has no http.cookieSecret to sign order access tokens and confirmation links with (medusa-config.ts sets it).")
  return secret
}

async function buyerOfOrder(container: MedusaContainer, orderId: string): Promise<(OrderBuyer & { id: string }) | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: orderId },
  })
  return data[0] as (OrderBuyer & { id: string }) | undefined
}

/** The order a cart was placed as, and the token that opens it when it is a guest's; 404 while the cart is no order. */
export async function orderAccessOfCart(container: MedusaContainer, cartId: string): Promise<{ order_id: string; order_access_token: string | null }> {
  const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order_cart",
    fields: ["order_id"],
    filters: { cart_id: cartId },
  })
  const orderId = (links[0] as { order_id?: string } | undefined)?.order_id
  const order = orderId ? await buyerOfOrder(container, orderId) : undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} has not been placed as an order.`)
  return { order_id: order.id, order_access_token: tokenForOrder(cookieSecretOf(container), order) }
}

/**
 * Medusa's answer to an order transfer (the link it emails to the order's address) carries a token
 * of its own, which it checks; those routes stay open to whoever has that email.
 */
const ORDER_ROUTES_OPEN_BY_TRANSFER_TOKEN = new Set(["/transfer/accept", "/transfer/decline"])

/**
 * For every /store/orders/:id and /store/orders/:id/** route (mounted on the prefix, so `req.path`
 * is what follows the id): the order's buyer goes on, anyone else gets orderNotFound.
 */
export async function onlyTheOrdersBuyer(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!ORDER_ROUTES_OPEN_BY_TRANSFER_TOKEN.has(req.path.replace(/\/$/, ""))) await checkOrder(req, req.params.id as string)
  next()
}

/** POST /store/returns: the order named in the body is checked as its own routes check it. */
export async function onlyTheOrdersBuyerOfBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const orderId = (req.body as { order_id?: unknown } | undefined)?.order_id
  // A body without an order id is Medusa's validation's to refuse.
  if (typeof orderId === "string" && orderId) await checkOrder(req, orderId)
  next()
}

async function checkOrder(req: MedusaRequest, orderId: string): Promise<void> {
  const order = await buyerOfOrder(req.scope, orderId)
  const reader: OrderReader = {
    customerId: signedInCustomer(req),
    holdsToken: isOrderAccessToken(cookieSecretOf(req.scope), orderId, req.get(ORDER_ACCESS_HEADER)),
  }
  if (!order || !maySeeOrder(order, reader)) throw orderNotFound(orderId)
}
