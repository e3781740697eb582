/**
 * The one image pipeline every product photo goes through, uploads and seed illustrations alike:
 * the real type is sniffed from the bytes, oversized images are refused, EXIF is stripped, the
 * photo is turned upright, and AVIF + WebP renditions at several widths plus a tiny blurred
 * placeholder are produced for responsive <picture> elements.
 */
import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

export const PHOTO_WIDTHS = [320, 640, 960, 1280] as const
export const PHOTO_FORMATS = ["avif", "webp"] as const
/** 40 megapixels: above any phone camera, below what would exhaust memory on decode. */
export const MAX_PHOTO_PIXELS = 40_000_000
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024
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

function refuse(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

export async function preparePhoto(input: Buffer): Promise<PreparedPhoto> {
  if (input.length === 0) refuse("The photo file is empty.")
  if (input.length > MAX_PHOTO_BYTES) {
    refuse(`The photo is ${(input.length / 1024 / 1024).toFixed(1)} MB; photos may be at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB.`)
  }
  let metadata: sharp.Metadata
  try {
    metadata = await sharp(input, { limitInputPixels: false }).metadata()
  } catch {
    refuse("The file is not a photo we can read. Upload a JPEG, PNG, WebP, AVIF or HEIC image.")
  }
  if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format)) {
    refuse(`Files of type "${metadata.format ?? "unknown"}" are not accepted. Upload a JPEG, PNG, WebP, AVIF or HEIC image.`)
  }
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0)
  if (pixels > MAX_PHOTO_PIXELS) {
    refuse(
      `The photo is ${metadata.width}×${metadata.height} pixels; at most ${MAX_PHOTO_PIXELS / 1_000_000} megapixels are accepted. Resize it and try again.`
    )
  }
  if (pixels === 0) refuse("The photo has no pixels.")

  // rotate() with no angle applies the EXIF orientation; sharp drops EXIF and other metadata on
  // output unless asked to keep it, so nothing from the camera (GPS, serial numbers) survives.
  const upright = await sharp(input, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: "error" })
    .rotate()
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true })
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
