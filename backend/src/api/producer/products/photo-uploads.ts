/**
 * Reads the photos of a multipart/form-data upload (the `photos` field, one or more files) into
 * `req.photos`, with Node's own form-data parser. The photo pipeline refuses what is not a photo
 * or too large for one; this refuses, before reading it all, a body larger than the photos of one
 * request together may be.
 */
import { Readable } from "node:stream"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES, type ErrorCode } from "@ocop/domain/errors"
import { MAX_PHOTO_BYTES, MAX_PHOTOS_PER_UPLOAD } from "@ocop/domain/photo-limits"
import { photoSizeRefusal } from "../../../lib/photos"
import type { UploadedPhoto } from "../../../workflows/steps/product-photos"

export const PHOTO_FIELD = "photos"
/** Two photos at the largest a photo may be, with room for the form's own lines. */
const MAX_UPLOAD_BYTES = 2 * MAX_PHOTO_BYTES + 64 * 1024

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

const TOO_LARGE = `The upload is larger than ${megabytes(MAX_UPLOAD_BYTES)}: send photos of at most ${megabytes(MAX_PHOTO_BYTES)} each, one or two at a time.`

function refuse(message: string, code?: ErrorCode): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message, code)
}

const tooLarge = () => refuse(TOO_LARGE, ERROR_CODES.photoTooLarge)

/** The request's body, refused as soon as it is longer than `limit`. */
function limitedBody(req: MedusaRequest, limit: number): ReadableStream<Uint8Array> {
  let read = 0
  const source = req as unknown as Readable
  const counted = new Readable({ read() {} })
  source.on("data", (chunk: Buffer) => {
    read += chunk.length
    if (read > limit) {
      counted.destroy(tooLarge())
      source.pause()
      return
    }
    counted.push(chunk)
  })
  source.on("end", () => counted.push(null))
  source.on("error", (error) => counted.destroy(error))
  return Readable.toWeb(counted) as ReadableStream<Uint8Array>
}

export type PhotoUploadRequest = MedusaRequest & { photos: UploadedPhoto[] }

export async function readPhotoUploads(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const type = req.get("content-type") ?? ""
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    return next(refuse(`Send the photos as multipart/form-data, each file in the field "${PHOTO_FIELD}".`))
  }
  const length = Number(req.get("content-length"))
  if (Number.isFinite(length) && length > MAX_UPLOAD_BYTES) return next(tooLarge())

  let form: FormData
  try {
    form = await new Response(limitedBody(req, MAX_UPLOAD_BYTES), { headers: { "content-type": type } }).formData()
  } catch (error) {
    return next(error instanceof MedusaError ? error : refuse("The upload could not be read as a form: send it again, as multipart/form-data."))
  }
  const files = form.getAll(PHOTO_FIELD).filter((entry): entry is File => typeof entry !== "string")
  if (!files.length) return next(refuse(`The upload has no photo: send each file in the field "${PHOTO_FIELD}".`, ERROR_CODES.photoMissing))
  if (files.length > MAX_PHOTOS_PER_UPLOAD) return next(refuse(`Send at most ${MAX_PHOTOS_PER_UPLOAD} photos at a time.`, ERROR_CODES.tooManyPhotos))
  // A file too large to be a photo goes no further than this: not copied to base64, not into the workflow.
  for (const file of files) {
    const refusal = photoSizeRefusal(file.size)
    if (refusal) return next(refusal)
  }
  ;(req as PhotoUploadRequest).photos = await Promise.all(
    files.map(async (file) => ({ filename: file.name, content: Buffer.from(await file.arrayBuffer()).toString("base64") })),
  )
  next()
}
