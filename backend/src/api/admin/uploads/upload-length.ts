/**
 * Medusa reads an upload to `POST /admin/uploads` whole into memory, with no limit, before its route
 * runs. This runs first (a middleware without a method is registered before those with one) and
 * refuses, from its Content-Length, an upload larger than the photos of one request may be; Node
 * then reads no more of a body than its Content-Length says, so one without it is refused too.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_UPLOAD_BYTES, uploadTooLarge } from "../../../lib/photo-uploads"

export function limitUploadLength(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // Mounted on /admin/uploads, so "/" is the upload itself; its other routes carry no photos.
  if (req.method !== "POST" || req.path !== "/") return next()
  const declared = req.get("content-length")
  if (declared === undefined) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Send the upload with its Content-Length, as a browser does: photos sent in chunks are not accepted here."))
  }
  if (Number(declared) > MAX_UPLOAD_BYTES) return next(uploadTooLarge())
  next()
}
