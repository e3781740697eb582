/**
 * Reads the photos of a multipart/form-data upload (the `photos` field, one or more files) into
 * `req.photos`, with Node's own form-data parser. The photo pipeline refuses what is not a photo
 * or too large for one; this refuses, before reading it all, a body larger than the photos of one
 * request together may be (lib/photo-uploads.ts).
 */
import { Readable } from "node:stream"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ErrorCode } from "@ocop/domain/errors"
import { MAX_UPLOAD_BYTES, photoFilesRefusal, uploadTooLarge } from "../../../lib/photo-uploads"
import type { UploadedPhoto } from "../../../workflows/steps/product-photos"

export const PHOTO_FIELD = "photos"
function refuse(message: string, code?: ErrorCode): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message, code)
}

/** The request's body, refused as soon as it is longer than `limit`. */
function limitedBody(req: MedusaRequest, limit: number): ReadableStream<Uint8Array> {
  let read = 0
  const source = req as unknown as Readable
  const counted = new Readable({ read() {} })
  source.on("data", (chunk: Buffer) => {
    read += chunk.length
    if (read > limit) {
      counted.destroy(uploadTooLarge())
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

/**
 * The multipart/form-data body of the request as a form, refused (413-sized uploads as
 * photo_too_large) before it is read whole when longer than one upload may be; a MedusaError when
 * the body cannot be read as a form.
 */
export async function readUploadForm(req: MedusaRequest): Promise<FormData> {
  const type = req.get("content-type") ?? ""
  const length = Number(req.get("content-length"))
  if (Number.isFinite(length) && length > MAX_UPLOAD_BYTES) throw uploadTooLarge()
  try {
    return await new Response(limitedBody(req, MAX_UPLOAD_BYTES), { headers: { "content-type": type } }).formData()
  } catch (error) {
    throw error instanceof MedusaError ? error : refuse("The upload could not be read as a form: send it again, as multipart/form-data.")
  }
}

export const isMultipart = (req: MedusaRequest) => /^multipart\/form-data\s*;/i.test(req.get("content-type") ?? "")

/** A form's files in one field (text entries left out). */
export const filesIn = (form: FormData, field: string) => form.getAll(field).filter((entry): entry is File => typeof entry !== "string")

/** A file as the workflows take it: its name and its bytes in base64. */
export async function uploadedPhoto(file: File): Promise<UploadedPhoto> {
  return { filename: file.name, content: Buffer.from(await file.arrayBuffer()).toString("base64") }
}

export async function readPhotoUploads(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!isMultipart(req)) {
    return next(refuse(`Send the photos as multipart/form-data, each file in the field "${PHOTO_FIELD}".`))
  }
  let form: FormData
  try {
    form = await readUploadForm(req)
  } catch (error) {
    return next(error)
  }
  const files = filesIn(form, PHOTO_FIELD)
  // A file too large to be a photo goes no further than this: not copied to base64, not into the workflow.
  const refusal = photoFilesRefusal(files, PHOTO_FIELD)
  if (refusal) return next(refusal)
  ;(req as PhotoUploadRequest).photos = await Promise.all(files.map(uploadedPhoto))
  next()
}
