/**
 * The one image pipeline every product photo goes through, uploads and seed illustrations alike:
 * the real type is sniffed from the bytes, oversized images are refused, EXIF is stripped, the
 * photo is turned upright, and AVIF + WebP renditions at several widths plus a tiny blurred
 * placeholder are produced for responsive <picture> elements.
 */
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES, type ErrorCode } from "@ocop/domain/errors"
import { MAX_PHOTO_BYTES, MAX_PHOTO_MEGABYTES, MAX_PHOTO_MEGAPIXELS, MAX_PHOTO_PIXELS } from "@ocop/domain/photo-limits"
import sharp from "sharp"

export const PHOTO_WIDTHS = [320, 640, 960, 1280] as const
export const PHOTO_FORMATS = ["avif", "webp"] as const
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "avif", "heif", "tiff", "gif"])

export type PhotoFormat = (typeof PHOTO_FORMATS)[number]

export type PreparedRendition = { width: number; height: number; format: PhotoFormat; buffer: Buffer }

export type PreparedPhoto = {
  width: number
  height: number
  /** A ~16 px wide blurred WebP as a data URL, shown while the real photo loads. */
  placeholder: string
  renditions: PreparedRendition[]
}

/** What a stored photo carries in its product image's metadata.photo. */
export type PhotoMetadata = {
  width: number
  height: number
  placeholder: string
  renditions: { width: number; format: PhotoFormat; url: string }[]
}

const ACCEPTED = "Upload a JPEG, PNG, WebP or AVIF image."

/** A refusal with the code the storefront words in the producer's language, and an English sentence. */
function refusal(code: ErrorCode, message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message, code)
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** The refusal of a photo file of this many bytes, or undefined when it is small enough to read. */
export function photoSizeRefusal(bytes: number): MedusaError | undefined {
  if (bytes === 0) return refusal(ERROR_CODES.photoNotAnImage, "The photo file is empty.")
  if (bytes > MAX_PHOTO_BYTES) {
    return refusal(ERROR_CODES.photoTooLarge, `The photo is ${megabytes(bytes)}; photos may be at most ${MAX_PHOTO_MEGABYTES} MB.`)
  }
  return undefined
}

export async function preparePhoto(input: Buffer): Promise<PreparedPhoto> {
  const sizeRefusal = photoSizeRefusal(input.length)
  if (sizeRefusal) throw sizeRefusal
  let metadata: sharp.Metadata
  try {
    // Reads the header only; the pixel limit is checked below, before anything is decoded.
    metadata = await sharp(input, { limitInputPixels: false }).metadata()
  } catch {
    throw refusal(ERROR_CODES.photoNotAnImage, `The file is not a photo we can read. ${ACCEPTED}`)
  }
  if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format)) {
    throw refusal(ERROR_CODES.photoTypeNotAccepted, `Files of type "${metadata.format ?? "unknown"}" are not accepted. ${ACCEPTED}`)
  }
  // HEIC (HEVC inside HEIF, an iPhone's own format) is patent-encumbered and not decodable here;
  // a browser asked only for the types above sends an iPhone's photos as JPEG.
  if (metadata.format === "heif" && metadata.compression === "hevc") {
    throw refusal(ERROR_CODES.photoTypeNotAccepted, `HEIC photos are not accepted. ${ACCEPTED}`)
  }
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0)
  if (pixels > MAX_PHOTO_PIXELS) {
    throw refusal(
      ERROR_CODES.photoTooManyPixels,
      `The photo is ${metadata.width}×${metadata.height} pixels; at most ${MAX_PHOTO_MEGAPIXELS} megapixels are accepted. Resize it and try again.`,
    )
  }
  if (pixels === 0) throw refusal(ERROR_CODES.photoNotAnImage, "The photo has no pixels.")

  // rotate() with no angle applies the EXIF orientation; sharp drops EXIF and other metadata on
  // output unless asked to keep it, so nothing from the camera (GPS, serial numbers) survives.
  let upright: { data: Buffer; info: sharp.OutputInfo }
  try {
    upright = await sharp(input, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: "error" }).rotate().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true })
  } catch {
    // A sound header over broken or missing image data: a file cut short in its upload or copy.
    throw refusal(ERROR_CODES.photoNotAnImage, `The photo's image data is damaged or incomplete. Take or export it again. ${ACCEPTED}`)
  }
  const { width, height, channels } = upright.info
  // Decoded once; every rendition starts from these raw pixels.
  const pixelsOf = () => sharp(upright.data, { raw: { width, height, channels } })

  const widths = PHOTO_WIDTHS.filter((w) => w <= width)
  if (widths.length === 0) widths.push(PHOTO_WIDTHS[0])
  // Encoded concurrently: libvips spreads the encodes over the cores (AVIF alone is mostly serial).
  // AVIF effort 1 encodes twice as fast as 2 for files ~10% larger: still far below WebP.
  const renditions: PreparedRendition[] = await Promise.all(
    widths.flatMap((targetWidth) =>
      PHOTO_FORMATS.map(async (format) => {
        const resized = pixelsOf().resize({ width: targetWidth, withoutEnlargement: true })
        const output = await (format === "avif"
          ? resized.avif({ quality: 50, effort: 1 })
          : resized.webp({ quality: 78 })
        ).toBuffer({ resolveWithObject: true })
        return { width: output.info.width, height: output.info.height, format, buffer: output.data }
      })
    )
  )

  const tiny = await pixelsOf().resize({ width: 16 }).blur(1.2).webp({ quality: 40 }).toBuffer()
  return {
    width,
    height,
    placeholder: `data:image/webp;base64,${tiny.toString("base64")}`,
    renditions,
  }
}
