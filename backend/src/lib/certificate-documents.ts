/**
 * A certificate's decision document as a producer uploads it: a PDF, or a photo or scan of the
 * signed decision as JPEG, PNG or WebP. The kind is read from the bytes, never from the file's
 * name; an image is re-encoded through sharp, upright and without its metadata (a phone's GPS and
 * serial number), in its own format; a PDF is kept as sent.
 */
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_PHOTO_PIXELS } from "@ocop/domain/photo-limits"
import sharp from "sharp"

export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024

export type DocumentKind = "pdf" | "jpeg" | "png" | "webp"

export type PreparedDocument = { kind: DocumentKind; mimeType: string; extension: string; buffer: Buffer }

const MIME_TYPES: Record<DocumentKind, string> = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
}

const ACCEPTED = "a PDF, or a JPEG, PNG or WebP image of the signed decision"

function refuse(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** The document's kind from its first bytes (their magic numbers), or null for any other kind of file. */
export function sniffDocumentKind(bytes: Buffer): DocumentKind | null {
  // A PDF may have a BOM or whitespace before its header, which readers find within the first 1 KB.
  const header = bytes.subarray(0, 1024).indexOf("%PDF-")
  if (header >= 0 && /^(?:\uFEFF)?\s*$/.test(bytes.subarray(0, header).toString("utf8"))) return "pdf"
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg"
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png"
  if (bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP") return "webp"
  return null
}

export async function prepareCertificateDocument(input: Buffer): Promise<PreparedDocument> {
  if (input.length === 0) refuse(`document: the file is empty. Upload ${ACCEPTED}.`)
  if (input.length > MAX_DOCUMENT_BYTES) {
    refuse(`document: the file is ${(input.length / 1024 / 1024).toFixed(1)} MB; a decision document may be at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB. Scan it at a lower resolution and upload it again.`)
  }
  const kind = sniffDocumentKind(input)
  if (!kind) refuse(`document: the file is not a PDF or an image, whatever its name says. Upload ${ACCEPTED}.`)
  if (kind === "pdf") return { kind, mimeType: MIME_TYPES.pdf, extension: "pdf", buffer: input }
  let buffer: Buffer
  try {
    // rotate() applies the EXIF orientation; sharp writes no metadata unless asked, so none survives.
    const image = sharp(input, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: "error" }).rotate()
    buffer = await (kind === "jpeg" ? image.jpeg({ quality: 85 }) : kind === "png" ? image.png() : image.webp({ quality: 85 })).toBuffer()
  } catch {
    refuse(`document: the image could not be read (it is damaged, or larger than ${MAX_PHOTO_PIXELS / 1_000_000} megapixels). Upload ${ACCEPTED}.`)
  }
  return { kind, mimeType: MIME_TYPES[kind], extension: kind === "jpeg" ? "jpg" : kind, buffer }
}
