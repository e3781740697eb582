/**
 * Who may use the producer API (src/api/producer/**), in one place, mounted once in
 * api/middlewares.ts in front of every route under /producer:
 * - the member is authenticated as the `producer_member` actor (session or bearer); without one,
 *   401, except on the public routes (registering a producer, accepting an invitation);
 * - the producer the request acts for is resolved from the member's memberships (the `x-producer-id`
 *   header, or the member's only producer) and put on the request as `req.producer`, with the
 *   member's role in it; a producer the member does not work for gets the 404 an unknown one gets;
 * - a resource named in the path (a member, a product, a product's pack, photo, batch or certificate, an
 *   order with the producer's lines, the producer's parcel of it) that is not the
 *   current producer's gets the 404 an unknown id gets, before any handler runs.
 * Handlers read `req.producer` and never look at memberships themselves. What a producer may do
 * given its status or a member given their role (submit, invite) is for the workflows to refuse.
 */
import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import type { ProducerMemberRole } from "@ocop/domain/producer-accounts"
import ProductProducerLink from "../links/product-producer"
import { PRODUCER_MEMBER_MODULE } from "../modules/producer-member"
import { PRODUCT_BATCH_MODULE } from "../modules/product-batch"
import type ProductBatchModuleService from "../modules/product-batch/service"
import { productOfCertificate } from "./producer-certificates"
import { membersOfProducer, type MembershipWithProducer, producersOfMember } from "./producer-memberships"
import { isOrderOfProducer, isParcelOfProducer } from "./producer-orders"

/** The auth actor type of producer members: their login's app_metadata names the member as `producer_member_id`. */
export const PRODUCER_ACTOR_TYPE = PRODUCER_MEMBER_MODULE

/** Names the producer a request is for, when its member works for more than one. */
export const PRODUCER_HEADER = "x-producer-id"

export type CurrentProducer = MembershipWithProducer["producer"] & { role: ProducerMemberRole }

export type ProducerMemberContext = { id: string; memberships: MembershipWithProducer[] }

/** A request to a producer route, as the guard leaves it for the handler. */
export type ProducerRequest<Body = unknown, Query = Record<string, unknown>> = AuthenticatedMedusaRequest<Body, Query> & {
  producer: CurrentProducer
  producer_member: ProducerMemberContext
}

/** A request to a route a member may call before choosing a producer (GET /producer/me). */
export type ProducerMemberRequest = Omit<ProducerRequest, "producer"> & { producer?: CurrentProducer }

type RouteName = { method: string; path: string }

/** The producer routes anyone may call, signed in or not. Every other route under /producer needs a member. */
export const PUBLIC_PRODUCER_ROUTES: readonly RouteName[] = [
  { method: "POST", path: "/producer/registrations" },
  { method: "POST", path: "/producer/invites/accept" },
]

/** The routes that answer a member who works for several producers, or none, without a producer chosen. */
const ROUTES_BEFORE_A_CHOICE: readonly RouteName[] = [{ method: "GET", path: "/producer/me" }]

/** Matched as Express routes them: case-insensitive, a trailing slash allowed. */
function isRoute(routes: readonly RouteName[], req: MedusaRequest): boolean {
  const path = `${req.baseUrl}${req.path}`.replace(/\/+$/, "").toLowerCase()
  return routes.some((route) => route.method === req.method && route.path === path)
}

/** The one answer for a producer that does not exist and for one the member does not work for. */
function producerNotFound(producerId: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `No producer ${producerId} is among the producers you work for.`)
}

async function resolveCurrentProducer(req: MedusaRequest): Promise<void> {
  const request = req as ProducerMemberRequest
  const memberId = request.auth_context.actor_id
  const memberships = await producersOfMember(req.scope, memberId)
  request.producer_member = { id: memberId, memberships }

  const chosen = req.get(PRODUCER_HEADER)
  let current: MembershipWithProducer | undefined
  if (chosen) {
    current = memberships.find((membership) => membership.producer_id === chosen)
    if (!current) throw producerNotFound(chosen)
  } else if (memberships.length === 1) {
    current = memberships[0]
  }
  if (current) {
    request.producer = { ...current.producer, role: current.role }
    return
  }
  if (isRoute(ROUTES_BEFORE_A_CHOICE, req)) return
  if (!memberships.length) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Your login works for no producer now: an owner removed you, or you have not joined one yet. Accept an invitation, or register your producer.",
      ERROR_CODES.noProducer,
    )
  }
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `You work for ${memberships.length} producers: say which one this is for in the ${PRODUCER_HEADER} header (GET /producer/me lists them).`,
    ERROR_CODES.producerNotChosen,
  )
}

/** For "/producer" (every route under it): authenticates the member and resolves the producer. */
export function producerGuard() {
  const member = authenticate(PRODUCER_ACTOR_TYPE, ["session", "bearer"])
  // A person who already has a login registers signed in, so registration reads a session if there is one.
  const anyone = authenticate(PRODUCER_ACTOR_TYPE, ["session", "bearer"], { allowUnauthenticated: true, allowUnregistered: true })
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (isRoute(PUBLIC_PRODUCER_ROUTES, req)) return anyone(req, res, next)
    return member(req, res, (error?: unknown) => {
      if (error) return next(error)
      resolveCurrentProducer(req).then(() => next(), next)
    })
  }
}

type OwnedResource = {
  matcher: string
  /** The path parameter that names the resource. */
  param: string
  /** Whether the resource named in these path parameters belongs to the producer. */
  belongsTo: (container: MedusaContainer, params: Record<string, string>, producerId: string) => Promise<boolean>
  /** The 404's sentence, the same for an id that names nothing. */
  notFound: (id: string) => string
}

async function isProductOf(container: MedusaContainer, productId: string, producerId: string): Promise<boolean> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product_id"],
    filters: { product_id: productId, producer_id: producerId },
  })
  return data.length > 0
}

/** Whether the product has this variant, photo or video link: another product's, even of the same producer, is not found under it. */
async function productHas(container: MedusaContainer, productId: string, relation: "variants" | "images" | "video_links", id: string): Promise<boolean> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: [`${relation}.id`],
    filters: { id: productId },
  })
  const product = data[0] as Record<string, ({ id: string } | null)[] | null | undefined> | undefined
  return (product?.[relation] ?? []).some((item) => item?.id === id)
}

/** The resources a producer route may name in its path. A new kind of resource joins this list. */
const OWNED_RESOURCES: readonly OwnedResource[] = [
  {
    matcher: "/producer/members/:id",
    param: "id",
    belongsTo: async (container, { id }, producerId) => (await membersOfProducer(container, producerId, id)).length > 0,
    notFound: (id) => `No member ${id} works for this producer.`,
  },
  {
    matcher: "/producer/products/:id",
    param: "id",
    belongsTo: (container, { id }, producerId) => isProductOf(container, id!, producerId),
    notFound: (id) => `This producer has no product ${id}.`,
  },
  {
    matcher: "/producer/products/:id/variants/:variant_id",
    param: "variant_id",
    // The product itself was checked by its own matcher, a prefix of this one, which runs first.
    belongsTo: (container, { id, variant_id }) => productHas(container, id!, "variants", variant_id!),
    notFound: (id) => `This product has no pack ${id}.`,
  },
  {
    matcher: "/producer/products/:id/photos/:photo_id",
    param: "photo_id",
    belongsTo: (container, { id, photo_id }) => productHas(container, id!, "images", photo_id!),
    notFound: (id) => `This product has no photo ${id}.`,
  },
  {
    matcher: "/producer/products/:id/video-links/:video_id",
    param: "video_id",
    belongsTo: (container, { id, video_id }) => productHas(container, id!, "video_links", video_id!),
    notFound: (id) => `This product has no video link ${id}.`,
  },
  {
    // A batch is the producer's that recorded it, whichever of its products it is of.
    matcher: "/producer/batches/:id",
    param: "id",
    belongsTo: async (container, { id }, producerId) =>
      (await container.resolve<ProductBatchModuleService>(PRODUCT_BATCH_MODULE).listProductBatches({ id: id!, producer_id: producerId }, { select: ["id"] })).length > 0,
    notFound: (id) => `This producer has no batch ${id}.`,
  },
  {
    // A certificate is the producer's whose product it is of.
    matcher: "/producer/certificates/:id",
    param: "id",
    belongsTo: async (container, { id }, producerId) => {
      const productId = await productOfCertificate(container, id!)
      return productId !== null && (await isProductOf(container, productId, producerId))
    },
    notFound: (id) => `This producer has no certificate ${id}.`,
  },
  {
    // An order holding none of the producer's lines is none of its business.
    matcher: "/producer/orders/:id",
    param: "id",
    belongsTo: (container, { id }, producerId) => isOrderOfProducer(container, id!, producerId),
    notFound: (id) => `This producer has no order ${id}.`,
  },
  {
    // Another producer's parcel of the same order leaves from that producer's location.
    matcher: "/producer/orders/:id/fulfillments/:fulfillment_id",
    param: "fulfillment_id",
    belongsTo: (container, { id, fulfillment_id }, producerId) => isParcelOfProducer(container, id!, fulfillment_id!, producerId),
    notFound: (id) => `This order has no parcel ${id} of this producer.`,
  },
]

function onlyTheProducersOwn(resource: OwnedResource) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const { producer } = req as Partial<ProducerRequest>
    const params = req.params as Record<string, string>
    const id = params[resource.param] as string
    if (!producer || !(await resource.belongsTo(req.scope, params, producer.id))) throw new MedusaError(MedusaError.Types.NOT_FOUND, resource.notFound(id))
    next()
  }
}

/**
 * For defineMiddlewares, after the guard on "/producer": one check per kind of resource. Without
 * `method` a matcher is a prefix, so each covers every route under it (a product's `/submit` too),
 * and Medusa runs these, parents first, before any route's own middlewares (validation). A variant
 * or photo is checked with the product in its path, so another producer's answers the same 404.
 */
export const PRODUCER_RESOURCE_GUARDS: MiddlewareRoute[] = OWNED_RESOURCES.map(
  (resource): MiddlewareRoute => ({ matcher: resource.matcher, middlewares: [onlyTheProducersOwn(resource)] }),
)
