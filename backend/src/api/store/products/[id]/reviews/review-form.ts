/**
 * Reads a review sent as multipart/form-data (rating, body, locale and an optional photo in the
 * field `photo`) into `req.body` and `req.photo`, through the same form reader and limits as the
 * producer's photo uploads; a review sent as JSON passes through as Medusa's body parser read it.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import { photoFilesRefusal } from "../../../../../lib/photo-uploads"
import type { UploadedPhoto } from "../../../../../workflows/steps/product-photos"
import { filesIn, isMultipart, readUploadForm, uploadedPhoto } from "../../../../producer/products/photo-uploads"

export const REVIEW_PHOTO_FIELD = "photo"

export type ReviewFormRequest = MedusaRequest & { photo?: UploadedPhoto }

const text = (form: FormData, field: string) => {
  const value = form.get(field)
  return typeof value === "string" ? value : undefined
}

export async function readReviewForm(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!isMultipart(req)) return next()
  let form: FormData
  try {
    form = await readUploadForm(req)
  } catch (error) {
    return next(error)
  }
  // A browser sends an empty file input as a nameless, empty file: no photo was chosen.
  const files = filesIn(form, REVIEW_PHOTO_FIELD).filter((file) => file.name !== "" || file.size > 0)
  if (files.length > 1) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "A review carries one photo: choose the one that shows the product best.", ERROR_CODES.tooManyPhotos))
  }
  const refusal = files.length ? photoFilesRefusal(files, REVIEW_PHOTO_FIELD) : undefined
  if (refusal) return next(refusal)
  const rating = text(form, "rating")?.trim()
  req.body = {
    rating: rating ? Number(rating) : undefined,
    body: text(form, "body"),
    ...(text(form, "locale") ? { locale: text(form, "locale") } : {}),
  }
  if (files[0]) (req as ReviewFormRequest).photo = await uploadedPhoto(files[0])
  next()
}
