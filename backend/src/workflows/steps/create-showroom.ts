/** The step that records a showroom, undone by deleting it; its stock location and channel are the workflow's. */
import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/domain/errors"
import { assertAdminUnits } from "../../lib/admin-units"
import { SHOWROOM_MODULE } from "../../modules/showroom"
import type Showroom from "../../modules/showroom/models/showroom"
import type ShowroomModuleService from "../../modules/showroom/service"

type ShowroomDTO = InferTypeOf<typeof Showroom>

export type CreateShowroomStepInput = {
  handle: string
  name: string
  address_as_issued: string
  province_code: string
  commune_code: string
  phone?: string | null
}

/** A showroom in a 2025 commune of its province, with a handle no other showroom has. */
export const createShowroomStep = createStep(
  "create-showroom",
  async (input: CreateShowroomStepInput, { container }) => {
    assertAdminUnits(input)
    const showrooms = container.resolve<ShowroomModuleService>(SHOWROOM_MODULE)
    const [taken] = await showrooms.listShowrooms({ handle: input.handle }, { select: ["id", "name"] })
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The handle "${input.handle}" is the showroom "${taken.name}"'s already: choose another.`,
        ERROR_CODES.showroomHandleTaken,
      )
    }
    const showroom = await showrooms.createShowrooms({
      handle: input.handle,
      name: input.name,
      address_as_issued: input.address_as_issued,
      province_code: input.province_code,
      commune_code: input.commune_code,
      phone: input.phone ?? null,
    })
    return new StepResponse<ShowroomDTO, string>(showroom, showroom.id)
  },
  async (showroomId, { container }) => {
    if (!showroomId) return
    await container.resolve<ShowroomModuleService>(SHOWROOM_MODULE).deleteShowrooms(showroomId)
  },
)
