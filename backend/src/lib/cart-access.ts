/**
 * Who may use a cart, in one place. A guest's cart (no customer, or a customer without an account)
 * is Medusa's bearer-by-id: whoever holds its id uses it. A registered customer's cart holds their
 * name, phone and address, so it opens only with that customer's session. A cart placed as an order
 * is read as that order (lib/order-access.ts): only its completion, which Medusa repeats
 * idempotently for a retried checkout, and its order access answer still take it. Anyone else, and
 * an id that names no cart, gets the same 404. The store API's cart and payment-collection routes
 * meet the rule in the middlewares below (api/middlewares.ts), not in their handlers.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { keepCartWithGuestWorkflow } from "../workflows/keep-cart-with-guest"
import { signedInCustomer } from "./order-access"

export type CartHolder = {
  id: string
  completed_at?: Date | string | null
  customer_id?: string | null
  customer?: { has_account?: boolean | null } | null
}

/** What a route does with the cart: the cart itself, or the order it was placed as. */
export type CartUse = "cart" | "order"

/** The routes under /store/carts/:id that are about the order a cart was placed as. */
const ROUTES_ABOUT_ITS_ORDER = new Set(["/complete", "/order-access"])

export function mayUseCart(cart: CartHolder, customerId: string | undefined, use: CartUse): boolean {
  if (cart.customer?.has_account && (!customerId || customerId !== cart.customer_id)) return false
  return use === "order" || !cart.completed_at
}

/** The one answer for a cart that does not exist and for one the caller may not use. */
export function cartNotFound(cartId: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `No cart ${cartId} was found. A signed-in buyer's cart opens only while they are signed in, and a cart placed as an order is read as that order.`,
  )
}

async function holderOfCart(container: MedusaContainer, cartId: string): Promise<CartHolder | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "completed_at", "customer_id", "customer.has_account"],
    filters: { id: cartId },
  })
  return data[0] as CartHolder | undefined
}

async function checkCart(req: MedusaRequest, cartId: string, use: CartUse): Promise<void> {
  const cart = await holderOfCart(req.scope, cartId)
  if (!cart || !mayUseCart(cart, signedInCustomer(req), use)) throw cartNotFound(cartId)
}

/**
 * For every /store/carts/:id and /store/carts/:id/** route (mounted on the prefix, so `req.path`
 * is what follows the id), Medusa's own and ours alike.
 */
export async function onlyTheCartsHolder(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const use: CartUse = ROUTES_ABOUT_ITS_ORDER.has(req.path.replace(/\/$/, "")) ? "order" : "cart"
  await checkCart(req, req.params.id as string, use)
  next()
}

/** POST /store/payment-collections: the cart named in the body is checked as its own routes check it. */
export async function onlyTheCartsHolderOfBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = (req.body as { cart_id?: unknown } | undefined)?.cart_id
  // A body without a cart id is Medusa's validation's to refuse.
  if (typeof cartId === "string" && cartId) await checkCart(req, cartId, "cart")
  next()
}

/** /store/payment-collections/:id/**: a cart's payment collection is used as that cart is. */
export async function onlyTheCartsHolderOfCollection(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const collectionId = req.params.id as string
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment_collection",
    fields: ["id", "cart.id", "cart.completed_at", "cart.customer_id", "cart.customer.has_account"],
    filters: { id: collectionId },
  })
  const collection = data[0] as { cart?: CartHolder | null } | undefined
  const notFound = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `No payment collection ${collectionId} was found. A signed-in buyer's cart is paid only while they are signed in.`,
  )
  if (!collection) throw notFound
  if (collection.cart && !mayUseCart(collection.cart, signedInCustomer(req), "cart")) throw notFound
  next()
}

/**
 * POST /store/carts/:id with an email, on a cart that has no customer yet: unless the caller is
 * signed in as the account of that very email, the cart first gets a guest customer of it
 * (workflows/keep-cart-with-guest.ts), so Medusa does not hand the cart to an account by its email.
 */
export async function keepCartWithGuest(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const email = emailOf(req)
  const cartId = req.params.id as string
  if (!email || (await holderOfCart(req.scope, cartId))?.customer_id) return next()
  const customerId = signedInCustomer(req)
  if (customerId && (await isAccountOf(req.scope, customerId, email))) return next()
  await keepCartWithGuestWorkflow(req.scope).run({ input: { cart_id: cartId, email } })
  next()
}

/** The email a cart request sets, as Medusa stores it (lower case), or undefined. */
function emailOf(req: MedusaRequest): string | undefined {
  const email = (req.body as { email?: unknown } | undefined)?.email
  return typeof email === "string" && email.trim() ? email.trim().toLowerCase() : undefined
}

async function isAccountOf(container: MedusaContainer, customerId: string, email: string): Promise<boolean> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["id", "email", "has_account"],
    filters: { id: customerId },
  })
  const customer = data[0] as { email?: string | null; has_account?: boolean } | undefined
  return Boolean(customer?.has_account && customer.email?.toLowerCase() === email)
}
