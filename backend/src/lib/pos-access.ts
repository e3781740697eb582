/**
 * Who may use the showroom counter's API (src/api/pos/**), in one place, mounted once in
 * api/middlewares.ts in front of every route under /pos:
 * - the staff member is authenticated as the `pos_staff` actor (session or bearer); without one, 401;
 * - their showroom (its sales channel and stock location) is resolved and put on the request as
 *   `req.showroom`, the staff member as `req.pos_staff`;
 * - a manager's approval sent with a cashier's request (the token POST /pos/approvals gave the
 *   manager, in the POS_APPROVAL_HEADER) is checked to be one of a manager of the same showroom and
 *   put on the request as `req.pos_approver` and `req.pos_approval`; whether it is spent or past its
 *   minutes the sale workflow judges, so a retry of the sale it approved still gets that sale;
 * - a sale, shift or pack named in the path that is not the showroom's gets the 404 an unknown id gets.
 * Handlers read `req.showroom`, `req.pos_staff` and `req.pos_approver` and never check ownership;
 * what a role may do (discounts, selling beyond stock, closing a shift) is for the workflows to refuse.
 */
import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import type { IAuthModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import type { PosStaffRole } from "@ocop/domain/pos"
import { createHash, randomBytes } from "node:crypto"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"

/** The auth actor type of showroom staff: their login's app_metadata names the staff member as `pos_staff_id`. */
export const POS_ACTOR_TYPE = "pos_staff"
/** The key of a staff login's app_metadata that names its staff member, as Medusa's auth routes read it. */
export const POS_STAFF_ID_KEY = `${POS_ACTOR_TYPE}_id`

/** Carries a manager's approval (POST /pos/approvals) with a cashier's request the manager approves. */
export const POS_APPROVAL_HEADER = "x-pos-manager-approval"

/** A new approval's token (given to the counter once) and its digest (all the pos module keeps). */
export function newApprovalToken(): { token: string; digest: string } {
  const token = `pa_${randomBytes(32).toString("base64url")}`
  return { token, digest: approvalDigest(token) }
}

export function approvalDigest(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

export type PosApprovalGrant = { id: string; manager_id: string; expires_at: Date; used_at: Date | null; sale_id: string | null }

export type PosStaffMember = { id: string; name: string; email: string; role: PosStaffRole; showroom_id: string }
export type CurrentShowroom = { id: string; handle: string; name: string; sales_channel_id: string; stock_location_id: string }

/** A request to a POS route, as the guard leaves it for the handler. */
export type PosRequest<Body = unknown, Query = Record<string, unknown>> = AuthenticatedMedusaRequest<Body, Query> & {
  pos_staff: PosStaffMember
  showroom: CurrentShowroom
  pos_approver?: PosStaffMember
  pos_approval?: PosApprovalGrant
}

function notSignedIn(): MedusaError {
  return new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as the showroom's staff (POST /auth/pos_staff/emailpass) to use the counter.")
}

async function staffMember(container: MedusaContainer, id: string): Promise<PosStaffMember | undefined> {
  const [staff] = await container.resolve<PosModuleService>(POS_MODULE).listPosStaffs({ id }, { select: ["id", "name", "email", "role", "showroom_id"] })
  return staff as PosStaffMember | undefined
}

async function showroomOf(container: MedusaContainer, showroomId: string): Promise<CurrentShowroom> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "showroom",
    fields: ["id", "handle", "name", "sales_channel.id", "stock_location.id"],
    filters: { id: showroomId },
  })
  const showroom = data[0] as { id: string; handle: string; name: string; sales_channel?: { id: string } | null; stock_location?: { id: string } | null } | undefined
  if (!showroom?.sales_channel || !showroom.stock_location) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Your showroom has no sales channel or stock location to sell from: ask the programme office to finish its setup.",
    )
  }
  return { id: showroom.id, handle: showroom.handle, name: showroom.name, sales_channel_id: showroom.sales_channel.id, stock_location_id: showroom.stock_location.id }
}

/**
 * The manager whose email and password were typed on a cashier's counter to approve a sale: a
 * manager of the same showroom, or a 401 that says no more than a wrong password would, whether the
 * email is unknown, the password wrong, or the login is a cashier's or another showroom's.
 */
export async function managerByPassword(container: MedusaContainer, showroomId: string, email: string, password: string): Promise<PosStaffMember> {
  const refused = () =>
    new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "That is not the email and password of a manager of this showroom: check them, or ask the showroom's manager.",
      ERROR_CODES.posNotAManager,
    )
  const { success, authIdentity } = await container
    .resolve(Modules.AUTH)
    .authenticate("emailpass", { body: { email, password } } as Parameters<IAuthModuleService["authenticate"]>[1])
  const staffId = success ? (authIdentity?.app_metadata as Record<string, unknown> | undefined)?.[POS_STAFF_ID_KEY] : undefined
  const staff = typeof staffId === "string" ? await staffMember(container, staffId) : undefined
  if (!staff || staff.showroom_id !== showroomId || staff.role !== "manager") throw refused()
  return staff
}

/** The approval a cashier's request carries: one a manager of the same showroom asked for, who is a manager still. */
async function approvalOf(req: MedusaRequest, showroomId: string): Promise<{ approver: PosStaffMember; approval: PosApprovalGrant } | undefined> {
  const token = req.get(POS_APPROVAL_HEADER)?.trim()
  if (!token) return undefined
  const refused = () =>
    new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "The manager's approval is not one of this showroom's managers: ask the manager to approve on the counter again (POST /pos/approvals).",
      ERROR_CODES.posManagerRequired,
    )
  const [approval] = await req.scope
    .resolve<PosModuleService>(POS_MODULE)
    .listPosApprovals({ token_digest: approvalDigest(token), showroom_id: showroomId }, { select: ["id", "manager_id", "expires_at", "used_at", "sale_id"] })
  if (!approval) throw refused()
  const approver = await staffMember(req.scope, approval.manager_id)
  if (!approver || approver.showroom_id !== showroomId || approver.role !== "manager") throw refused()
  return { approver, approval: approval as PosApprovalGrant }
}

async function resolveStaffAndShowroom(req: MedusaRequest): Promise<void> {
  const request = req as PosRequest
  const staff = request.auth_context.actor_id ? await staffMember(req.scope, request.auth_context.actor_id) : undefined
  // A login whose staff member was removed signs in no more.
  if (!staff) throw notSignedIn()
  request.pos_staff = staff
  request.showroom = await showroomOf(req.scope, staff.showroom_id)
  const approved = await approvalOf(req, staff.showroom_id)
  request.pos_approver = approved?.approver
  request.pos_approval = approved?.approval
}

/** For "/pos" (every route under it): authenticates the staff member and resolves their showroom. */
export function posGuard() {
  const staff = authenticate(POS_ACTOR_TYPE, ["session", "bearer"])
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    staff(req, res, (error?: unknown) => {
      if (error) return next(error)
      resolveStaffAndShowroom(req).then(() => next(), next)
    })
}

type ShowroomResource = {
  matcher: string
  param: string
  belongsTo: (container: MedusaContainer, id: string, showroom: CurrentShowroom) => Promise<boolean>
  notFound: (id: string) => string
}

const pos = (container: MedusaContainer) => container.resolve<PosModuleService>(POS_MODULE)

/** Whether the pack is sold in the showroom's sales channel: another showroom's pack, and its stock, is not found. */
async function isSoldAt(container: MedusaContainer, variantId: string, showroom: CurrentShowroom): Promise<boolean> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "variant",
    fields: ["id", "product.sales_channels.id"],
    filters: { id: variantId },
  })
  const variant = data[0] as { product?: { sales_channels?: ({ id: string } | null)[] | null } | null } | undefined
  return (variant?.product?.sales_channels ?? []).some((channel) => channel?.id === showroom.sales_channel_id)
}

/** The resources a POS route may name in its path. A new kind of resource joins this list. */
const SHOWROOM_RESOURCES: readonly ShowroomResource[] = [
  {
    matcher: "/pos/sales/:id",
    param: "id",
    belongsTo: async (container, id, showroom) => (await pos(container).listPosSales({ id, showroom_id: showroom.id }, { select: ["id"] })).length > 0,
    notFound: (id) => `This showroom has no sale ${id}.`,
  },
  {
    matcher: "/pos/shifts/:id",
    param: "id",
    belongsTo: async (container, id, showroom) => (await pos(container).listPosShifts({ id, showroom_id: showroom.id }, { select: ["id"] })).length > 0,
    notFound: (id) => `This showroom has no shift ${id}.`,
  },
  {
    matcher: "/pos/catalogue/:variant_id",
    param: "variant_id",
    belongsTo: (container, id, showroom) => isSoldAt(container, id, showroom),
    notFound: (id) => `This showroom does not sell pack ${id}.`,
  },
]

function onlyTheShowroomsOwn(resource: ShowroomResource) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const { showroom } = req as Partial<PosRequest>
    const id = (req.params as Record<string, string>)[resource.param] as string
    if (!showroom || !(await resource.belongsTo(req.scope, id, showroom))) throw new MedusaError(MedusaError.Types.NOT_FOUND, resource.notFound(id))
    next()
  }
}

/** For defineMiddlewares, after the guard on "/pos": one check per kind of resource, each a prefix matcher. */
export const POS_RESOURCE_GUARDS: MiddlewareRoute[] = SHOWROOM_RESOURCES.map(
  (resource): MiddlewareRoute => ({ matcher: resource.matcher, middlewares: [onlyTheShowroomsOwn(resource)] }),
)
