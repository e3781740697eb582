/** The steps that make a login a showroom's staff member (the `pos_staff` actor) and take it away, each undone by the other. */
import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/domain/errors"
import type { PosStaffRole } from "@ocop/domain/pos"
import { deleteLogin, emailOfLogin, loginOfEmail, passwordRefusal, registerLogin } from "../../lib/member-logins"
import { POS_STAFF_ID_KEY } from "../../lib/pos-access"
import { SHOWROOM_MODULE } from "../../modules/showroom"
import type ShowroomModuleService from "../../modules/showroom/service"
import { POS_MODULE } from "../../modules/pos"
import type PosStaff from "../../modules/pos/models/pos-staff"
import type PosModuleService from "../../modules/pos/service"

type PosStaffDTO = InferTypeOf<typeof PosStaff>

export type AddPosStaffInput = { auth_identity_id: string; name: string; role: PosStaffRole; showroom_id: string }

/** The staff member of a login at a showroom; a login works at one showroom, so one it already has is refused. */
export const addPosStaffStep = createStep(
  "add-pos-staff",
  async (input: AddPosStaffInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.[POS_STAFF_ID_KEY]) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login is a showroom's staff member already: a staff member works at one showroom.")
    }
    const staff = await container.resolve<PosModuleService>(POS_MODULE).createPosStaffs({
      email: await emailOfLogin(container, identity.id),
      name: input.name,
      role: input.role,
      showroom_id: input.showroom_id,
    })
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...identity.app_metadata, [POS_STAFF_ID_KEY]: staff.id } })
    return new StepResponse<PosStaffDTO, { staff_id: string; auth_identity_id: string }>(staff, { staff_id: staff.id, auth_identity_id: identity.id })
  },
  async (made, { container }) => {
    if (!made) return
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(made.auth_identity_id)
    const { [POS_STAFF_ID_KEY]: _, ...appMetadata } = identity.app_metadata ?? {}
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: appMetadata })
    await container.resolve<PosModuleService>(POS_MODULE).deletePosStaffs(made.staff_id)
  },
)

function emailTaken(email: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.CONFLICT,
    `${email} signs in to the shop already (as staff, a buyer or a producer): give the staff member an email of their own for the counter.`,
    ERROR_CODES.posStaffEmailTaken,
  )
}

/**
 * A new login for a staff member the programme office adds, with the password it sets: at a
 * showroom that exists, for an email no login has (one person's login is theirs alone, and setting
 * a password on it would take it from them). Undone by deleting the login.
 */
export const registerPosStaffLoginStep = createStep(
  "register-pos-staff-login",
  async (input: { showroom_id: string; email: string; password: string }, { container }) => {
    const [showroom] = await container.resolve<ShowroomModuleService>(SHOWROOM_MODULE).listShowrooms({ id: input.showroom_id }, { select: ["id"] })
    if (!showroom) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no showroom ${input.showroom_id}.`)
    if (await loginOfEmail(container, input.email)) throw emailTaken(input.email)
    const refusal = passwordRefusal(input.password, input.email)
    if (refusal) throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
    const authIdentityId = await registerLogin(container, input.email, input.password)
    // Made between the lookup and now by someone else.
    if (!authIdentityId) throw emailTaken(input.email)
    return new StepResponse(authIdentityId, authIdentityId)
  },
  async (authIdentityId, { container }) => {
    if (authIdentityId) await deleteLogin(container, authIdentityId)
  },
)

/**
 * Takes a staff member off a showroom's counter: their sessions sign in no more (the guard finds no
 * staff member), their sales and shifts keep naming them. Undone by restoring them.
 */
export const removePosStaffStep = createStep(
  "remove-pos-staff",
  async (input: { showroom_id: string; staff_id: string }, { container }) => {
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    const [staff] = await pos.listPosStaffs({ id: input.staff_id, showroom_id: input.showroom_id }, { select: ["id", "email"] })
    if (!staff) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This showroom has no staff member ${input.staff_id}.`)
    const authIdentityId = (await loginOfEmail(container, staff.email)) ?? null
    await pos.softDeletePosStaffs(staff.id)
    return new StepResponse({ staff_id: staff.id, auth_identity_id: authIdentityId }, staff.id)
  },
  async (staffId, { container }) => {
    if (staffId) await container.resolve<PosModuleService>(POS_MODULE).restorePosStaffs(staffId)
  },
)

/**
 * The removed staff member's login: deleted when the counter was all it signed in to, so the email
 * can be given to staff again; one that is also a buyer's or a producer member's keeps signing in
 * as those. The workflow's last step, as a deleted login cannot be brought back.
 */
export const releasePosStaffLoginStep = createStep("release-pos-staff-login", async (input: { auth_identity_id: string | null }, { container }) => {
  if (!input.auth_identity_id) return new StepResponse(undefined)
  const auth = container.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
  const { [POS_STAFF_ID_KEY]: _, ...otherActors } = identity.app_metadata ?? {}
  if (Object.keys(otherActors).length === 0) await deleteLogin(container, identity.id)
  else await auth.updateAuthIdentities({ id: identity.id, app_metadata: otherActors })
  return new StepResponse(undefined)
})
