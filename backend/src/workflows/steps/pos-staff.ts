/** The step that makes a login a showroom's staff member (the `pos_staff` actor), undone by removing it. */
import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PosStaffRole } from "@ocop/domain/pos"
import { POS_STAFF_ID_KEY } from "../../lib/pos-access"
import { emailOfLogin } from "../../lib/member-logins"
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
