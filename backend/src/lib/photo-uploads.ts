/**
 * What one upload of photos may hold, for both doors photos come in by: the producer's
 * `POST /producer/products/:id/photos` and the operator's `POST /admin/uploads`.
 */
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import { MAX_PHOTO_BYTES, MAX_PHOTOS_PER_UPLOAD } from "@ocop/domain/photo-limits"
import { photoSizeRefusal } from "./photos"

/** Two photos at the largest a photo may be, with room for the form's own lines. */
export const MAX_UPLOAD_BYTES = 2 * MAX_PHOTO_BYTES + 64 * 1024

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

export const uploadTooLarge = () =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `The upload is larger than ${megabytes(MAX_UPLOAD_BYTES)}: send photos of at most ${megabytes(MAX_PHOTO_BYTES)} each, one or two at a time.`,
    ERROR_CODES.photoTooLarge,
  )

/** The refusal of an upload's files (none, too many, one too large to be a photo), or undefined when they may go to the pipeline. */
export function photoFilesRefusal(files: readonly { size: number }[], field: string): MedusaError | undefined {
  if (!files.length) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, `The upload has no photo: send each file in the field "${field}".`, ERROR_CODES.photoMissing)
  }
  if (files.length > MAX_PHOTOS_PER_UPLOAD) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, `Send at most ${MAX_PHOTOS_PER_UPLOAD} photos at a time.`, ERROR_CODES.tooManyPhotos)
  }
  for (const file of files) {
    const refusal = photoSizeRefusal(file.size)
    if (refusal) return refusal
  }
  return undefined
}
