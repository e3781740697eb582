/**
 * Reads a multipart/form-data request with Node's own form-data parser, refusing, before reading
 * it all, a body longer than the route allows: for the routes that take files (photos, a
 * certificate's decision document), where Medusa's body parsers are off.
 */
import { Readable } from "node:stream"
import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

function refuse(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** The request's body, refused as soon as it is longer than `limit`. */
function limitedBody(req: MedusaRequest, limit: number, tooLarge: string): ReadableStream<Uint8Array> {
  let read = 0
  const source = req as unknown as Readable
  const counted = new Readable({ read() {} })
  source.on("data", (chunk: Buffer) => {
    read += chunk.length
    if (read > limit) {
      counted.destroy(refuse(tooLarge))
      source.pause()
      return
    }
    counted.push(chunk)
  })
  source.on("end", () => counted.push(null))
  source.on("error", (error) => counted.destroy(error))
  return Readable.toWeb(counted) as ReadableStream<Uint8Array>
}

export type MultipartLimits = {
  maxBytes: number
  /** The sentence for a body over maxBytes. */
  tooLarge: string
  /** The sentence for a body that is not multipart/form-data. */
  notMultipart: string
}

/** The form, or a MedusaError (400) with the route's sentence for a body too large, not multipart or unreadable. */
export async function readMultipartForm(req: MedusaRequest, limits: MultipartLimits): Promise<FormData> {
  const type = req.get("content-type") ?? ""
  if (!/^multipart\/form-data\s*;/i.test(type)) throw refuse(limits.notMultipart)
  const length = Number(req.get("content-length"))
  if (Number.isFinite(length) && length > limits.maxBytes) throw refuse(limits.tooLarge)
  try {
    return await new Response(limitedBody(req, limits.maxBytes, limits.tooLarge), { headers: { "content-type": type } }).formData()
  } catch (error) {
    throw error instanceof MedusaError ? error : refuse("The upload could not be read as a form: send it again, as multipart/form-data.")
  }
}
