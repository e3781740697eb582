/** The steps that record and change a fair, each undone by putting the fair back as it was. */
import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/domain/errors"
import { assertAdminUnits } from "../../lib/admin-units"
import { TRADE_PROMOTION_MODULE } from "../../modules/trade-promotion"
import type Fair from "../../modules/trade-promotion/models/fair"
import type TradePromotionModuleService from "../../modules/trade-promotion/service"

export type FairDTO = InferTypeOf<typeof Fair>

export type FairFields = {
  handle: string
  name: string
  name_en?: string | null
  description?: string | null
  description_en?: string | null
  starts_on: string
  ends_on: string
  province_code: string
  commune_code: string
  venue: string
}

const FAIR_COLUMNS = ["handle", "name", "name_en", "description", "description_en", "starts_on", "ends_on", "province_code", "commune_code", "venue"] as const

/** A fair's place is a 2025 commune of its province, its last day is not before its first, and its handle is its own. */
async function assertFair(service: TradePromotionModuleService, fair: FairFields, id?: string) {
  assertAdminUnits(fair)
  if (fair.ends_on < fair.starts_on) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The fair ends on ${fair.ends_on}, before it starts on ${fair.starts_on}: give its last day on or after its first.`,
      ERROR_CODES.fairDatesReversed,
    )
  }
  const [taken] = await service.listFairs({ handle: fair.handle }, { select: ["id", "name"] })
  if (taken && taken.id !== id) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `The handle "${fair.handle}" is the fair "${taken.name}"'s already: choose another.`,
      ERROR_CODES.fairHandleTaken,
    )
  }
}

export const createFairStep = createStep(
  "create-fair",
  async (input: FairFields, { container }) => {
    const service = container.resolve<TradePromotionModuleService>(TRADE_PROMOTION_MODULE)
    await assertFair(service, input)
    const fair = await service.createFairs(input)
    return new StepResponse<FairDTO, string>(fair, fair.id)
  },
  async (fairId, { container }) => {
    if (!fairId) return
    await container.resolve<TradePromotionModuleService>(TRADE_PROMOTION_MODULE).deleteFairs(fairId)
  },
)

export type UpdateFairStepInput = { id: string } & Partial<FairFields>

export const updateFairStep = createStep(
  "update-fair",
  async ({ id, ...changes }: UpdateFairStepInput, { container }) => {
    const service = container.resolve<TradePromotionModuleService>(TRADE_PROMOTION_MODULE)
    const before = await service.retrieveFair(id)
    const after: FairFields = { ...(before as FairFields), ...changes }
    await assertFair(service, after, id)
    const fair = await service.updateFairs({ id, ...changes })
    const previous = Object.fromEntries(FAIR_COLUMNS.map((column) => [column, before[column]])) as FairFields
    return new StepResponse<FairDTO, { id: string; previous: FairFields }>(fair, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<TradePromotionModuleService>(TRADE_PROMOTION_MODULE).updateFairs({ id: undo.id, ...undo.previous })
  },
)
