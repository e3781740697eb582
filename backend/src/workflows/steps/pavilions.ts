/**
 * The step that records a province pavilion's curation (banner, introduction), made on its first
 * curation and undone by putting back what it held, or deleting one it made.
 */
import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/domain/errors"
import { assertAdminUnits } from "../../lib/admin-units"
import { PHOTO_UPLOAD_MODULE } from "../../modules/photo-upload"
import type PhotoUploadModuleService from "../../modules/photo-upload/service"
import { TRADE_PROMOTION_MODULE } from "../../modules/trade-promotion"
import type Pavilion from "../../modules/trade-promotion/models/pavilion"
import type TradePromotionModuleService from "../../modules/trade-promotion/service"
import type { PhotoImageMetadata } from "./product-photos"

export type PavilionDTO = InferTypeOf<typeof Pavilion>

export type CuratePavilionStepInput = {
  province_code: string
  /** The banner's URL as POST /admin/uploads answered it; null takes the banner off; absent keeps it. */
  banner_url?: string | null
  introduction?: string | null
  introduction_en?: string | null
}

type Undo = { created: string } | { id: string; previous: Pick<PavilionDTO, "banner" | "banner_url" | "introduction" | "introduction_en"> }

/** The banner's renditions from the upload it was made by: a URL the pipeline did not make is refused. */
async function bannerOf(container: { resolve: <T>(key: string) => T }, url: string) {
  const [upload] = await container.resolve<PhotoUploadModuleService>(PHOTO_UPLOAD_MODULE).listPhotoUploads({ url })
  if (!upload) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The banner is not a photo uploaded here: upload it with the banner field of the pavilion's page, then save.",
      ERROR_CODES.photoNotAnImage,
    )
  }
  return (upload.image_metadata as unknown as PhotoImageMetadata).photo
}

export const curatePavilionStep = createStep(
  "curate-pavilion",
  async (input: CuratePavilionStepInput, { container }) => {
    assertAdminUnits({ province_code: input.province_code })
    const service = container.resolve<TradePromotionModuleService>(TRADE_PROMOTION_MODULE)
    const changes: Partial<PavilionDTO> = {}
    if (input.introduction !== undefined) changes.introduction = input.introduction
    if (input.introduction_en !== undefined) changes.introduction_en = input.introduction_en
    if (input.banner_url !== undefined) {
      changes.banner_url = input.banner_url
      changes.banner = input.banner_url === null ? null : ((await bannerOf(container, input.banner_url)) as unknown as Record<string, unknown>)
    }
    const [existing] = await service.listPavilions({ province_code: input.province_code })
    if (!existing) {
      const pavilion = await service.createPavilions({ province_code: input.province_code, ...changes })
      return new StepResponse<PavilionDTO, Undo>(pavilion, { created: pavilion.id })
    }
    const { banner, banner_url, introduction, introduction_en } = existing
    const pavilion = await service.updatePavilions({ id: existing.id, ...changes })
    return new StepResponse<PavilionDTO, Undo>(pavilion, { id: existing.id, previous: { banner, banner_url, introduction, introduction_en } })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<TradePromotionModuleService>(TRADE_PROMOTION_MODULE)
    if ("created" in undo) await service.deletePavilions(undo.created)
    else await service.updatePavilions({ id: undo.id, ...undo.previous })
  },
)
