/**
 * Reads the photos of a multipart/form-data upload (the `photos` field, one or more files) into
 * `req.photos`. The photo pipeline refuses what is not a photo or too large for one; this refuses,
 * before reading it all, a body larger than the photos of one request together may be.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { megabytes, readMultipartForm } from "../../../lib/multipart-form"
import { MAX_PHOTO_BYTES } from "../../../lib/photos"
import type { UploadedPhoto } from "../../../workflows/steps/product-photos"

export const PHOTO_FIELD = "photos"
export const MAX_PHOTOS_PER_UPLOAD = 5
/** Two photos at the largest a photo may be, with room for the form's own lines. */
const MAX_UPLOAD_BYTES = 2 * MAX_PHOTO_BYTES + 64 * 1024

const TOO_LARGE = `The upload is larger than ${megabytes(MAX_UPLOAD_BYTES)}: send photos of at most ${megabytes(MAX_PHOTO_BYTES)} each, one or two at a time.`

function refuse(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

export type PhotoUploadRequest = MedusaRequest & { photos: UploadedPhoto[] }

export async function readPhotoUploads(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  let form: FormData
  try {
    form = await readMultipartForm(req, {
      maxBytes: MAX_UPLOAD_BYTES,
      tooLarge: TOO_LARGE,
      notMultipart: `Send the photos as multipart/form-data, each file in the field "${PHOTO_FIELD}".`,
    })
  } catch (error) {
    return next(error)
  }
  const files = form.getAll(PHOTO_FIELD).filter((entry): entry is File => typeof entry !== "string")
  if (!files.length) return next(refuse(`The upload has no photo: send each file in the field "${PHOTO_FIELD}".`))
  if (files.length > MAX_PHOTOS_PER_UPLOAD) return next(refuse(`Send at most ${MAX_PHOTOS_PER_UPLOAD} photos at a time.`))
  ;(req as PhotoUploadRequest).photos = await Promise.all(
    files.map(async (file) => ({ filename: file.name, content: Buffer.from(await file.arrayBuffer()).toString("base64") })),
  )
  next()
}
