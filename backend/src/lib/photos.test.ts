import { ERROR_CODES } from "@ocop/domain/errors"
import readExif from "exif-reader"
import sharp from "sharp"
import { cameraLikeJpeg, heicLike, PDF_BYTES, PHONE_EXIF, pngBomb } from "../../integration-tests/test-photos"
import { MAX_PHOTO_MEGABYTES, MAX_PHOTO_MEGAPIXELS } from "@ocop/domain/photo-limits"
import { PHOTO_WIDTHS, preparePhoto } from "./photos"

jest.setTimeout(120_000)

async function jpegWithOrientation(width: number, height: number, orientation: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation, exif: { IFD0: { Copyright: "camera owner", Make: "PhoneCam" } } })
    .toBuffer()
}

/** The refusal preparePhoto gives these bytes: its code and sentence, as the API sends them. */
async function refusalOf(bytes: Buffer): Promise<{ code?: string; message: string }> {
  try {
    await preparePhoto(bytes)
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    return { code, message }
  }
  throw new Error("preparePhoto accepted the bytes")
}

/** Every metadata block sharp finds in an encoded image. */
async function metadataBlocksOf(buffer: Buffer) {
  const { exif, xmp, iptc, orientation } = await sharp(buffer).metadata()
  return { exif, xmp, iptc, orientation: orientation ?? 1 }
}

describe("preparePhoto", () => {
  it("turns a sideways phone photo upright and strips its EXIF", async () => {
    // Orientation 6 = the camera was turned 90°: stored 400×300, seen 300×400.
    const photo = await preparePhoto(await jpegWithOrientation(400, 300, 6))
    expect([photo.width, photo.height]).toEqual([300, 400])
    for (const rendition of photo.renditions) {
      const meta = await sharp(rendition.buffer).metadata()
      expect(meta.exif).toBeUndefined()
      expect(meta.orientation === undefined || meta.orientation === 1).toBe(true)
      expect(meta.format).toBe(rendition.format === "avif" ? "heif" : "webp")
    }
  })

  it("leaves no trace of where a photo was taken: the GPS of its EXIF is in no rendition and not in the placeholder", async () => {
    const phonePhoto = await cameraLikeJpeg(1600, 1200, { exif: PHONE_EXIF })
    // The original does say where it was taken: 21°1'41" N, 105°51'15" E.
    const original = readExif((await sharp(phonePhoto).metadata()).exif!)
    expect(original.Image?.Model).toBe(PHONE_EXIF.IFD0.Model)
    expect(original.GPSInfo).toMatchObject({ GPSLatitudeRef: "N", GPSLatitude: [21, 1, 41], GPSLongitudeRef: "E", GPSLongitude: [105, 51, 15] })

    const photo = await preparePhoto(phonePhoto)
    expect(photo.renditions).toHaveLength(PHOTO_WIDTHS.length * 2)
    for (const rendition of photo.renditions) {
      expect(await metadataBlocksOf(rendition.buffer)).toEqual({ exif: undefined, xmp: undefined, iptc: undefined, orientation: 1 })
      // Nor anywhere in the file's bytes: no EXIF header, no camera model.
      expect(rendition.buffer.includes(Buffer.from("Exif\0\0", "latin1"))).toBe(false)
      expect(rendition.buffer.includes(Buffer.from(PHONE_EXIF.IFD0.Model, "latin1"))).toBe(false)
    }
    const placeholder = Buffer.from(photo.placeholder.replace(/^data:image\/webp;base64,/, ""), "base64")
    expect(await metadataBlocksOf(placeholder)).toEqual({ exif: undefined, xmp: undefined, iptc: undefined, orientation: 1 })
  })

  it("makes AVIF and WebP at each width up to the original, and a blurred placeholder", async () => {
    const photo = await preparePhoto(await jpegWithOrientation(1000, 1000, 1))
    const made = photo.renditions.map((r) => `${r.format}@${r.width}`).sort()
    expect(made).toEqual(["avif@320", "avif@640", "avif@960", "webp@320", "webp@640", "webp@960"].sort())
    expect(photo.placeholder).toMatch(/^data:image\/webp;base64,/)
    expect(photo.placeholder.length).toBeLessThan(1000)
  })

  it("takes a 12-megapixel phone photo: AVIF and WebP at 320, 640, 960 and 1280 px, each the size and format it says", async () => {
    const phonePhoto = await cameraLikeJpeg(4000, 3000)
    expect(phonePhoto.length).toBeGreaterThan(1024 * 1024)
    const photo = await preparePhoto(phonePhoto)
    expect([photo.width, photo.height]).toEqual([4000, 3000])
    const made = []
    for (const rendition of photo.renditions) {
      const meta = await sharp(rendition.buffer).metadata()
      made.push({ format: rendition.format, width: rendition.width, height: rendition.height })
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
        format: rendition.format === "avif" ? "heif" : "webp",
        width: rendition.width,
        height: rendition.height,
      })
      if (rendition.format === "avif") expect(meta.compression).toBe("av1")
    }
    expect(made.sort((a, b) => a.width - b.width || a.format.localeCompare(b.format))).toEqual(
      PHOTO_WIDTHS.flatMap((width) => ["avif", "webp"].map((format) => ({ format, width, height: (width * 3) / 4 }))),
    )
    const tiny = await sharp(Buffer.from(photo.placeholder.split(",")[1]!, "base64")).metadata()
    expect([tiny.format, tiny.width, tiny.height]).toEqual(["webp", 16, 12])
  })

  it("refuses a file that is not an image, whatever its name says", async () => {
    expect(await refusalOf(Buffer.from("<html>not a photo</html>"))).toEqual({
      code: ERROR_CODES.photoNotAnImage,
      message: "The file is not a photo we can read. Upload a JPEG, PNG, WebP or AVIF image.",
    })
  })

  it("refuses a PDF sent as a photo (a certificate scanned to PDF, renamed .jpg)", async () => {
    expect(PDF_BYTES.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7")
    expect(await refusalOf(PDF_BYTES)).toEqual({
      code: ERROR_CODES.photoNotAnImage,
      message: "The file is not a photo we can read. Upload a JPEG, PNG, WebP or AVIF image.",
    })
  })

  it("refuses SVG, which can carry scripts", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')
    expect(await refusalOf(svg)).toEqual({
      code: ERROR_CODES.photoTypeNotAccepted,
      message: 'Files of type "svg" are not accepted. Upload a JPEG, PNG, WebP or AVIF image.',
    })
  })

  it("refuses an iPhone's HEIC with a sentence, which sharp could read the header of but never decode", async () => {
    const heic = await heicLike()
    expect(await sharp(heic).metadata()).toMatchObject({ format: "heif", compression: "hevc" })
    expect(await refusalOf(heic)).toEqual({ code: ERROR_CODES.photoTypeNotAccepted, message: "HEIC photos are not accepted. Upload a JPEG, PNG, WebP or AVIF image." })
  })

  it("refuses a JPEG cut short in its upload as damaged, not with an error of the decoder", async () => {
    const whole = await cameraLikeJpeg(640, 480)
    expect(await refusalOf(whole.subarray(0, Math.floor(whole.length / 2)))).toEqual({
      code: ERROR_CODES.photoNotAnImage,
      message: "The photo's image data is damaged or incomplete. Take or export it again. Upload a JPEG, PNG, WebP or AVIF image.",
    })
  })

  it("refuses a PNG decompression bomb from its header, before decoding a pixel of it", async () => {
    const bomb = await pngBomb(30_000)
    // Half a megabyte on the wire, 900 megapixels once decoded.
    expect(bomb.length).toBeLessThan(1024 * 1024)
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ format: "png", width: 30_000, height: 30_000 })
    // Any decode would end in toBuffer (the pipeline's raw pixels) or in an encoder's output.
    const decoded = jest.spyOn(sharp.prototype, "toBuffer")
    try {
      expect(await refusalOf(bomb)).toEqual({
        code: ERROR_CODES.photoTooManyPixels,
        message: `The photo is 30000×30000 pixels; at most ${MAX_PHOTO_MEGAPIXELS} megapixels are accepted. Resize it and try again.`,
      })
      expect(decoded).not.toHaveBeenCalled()
    } finally {
      decoded.mockRestore()
    }
  })

  it("refuses a 40 MB file for its size before reading it as an image", async () => {
    const forty = Buffer.concat([await jpegWithOrientation(64, 48, 1), Buffer.alloc(40 * 1024 * 1024)])
    const read = jest.spyOn(sharp.prototype, "metadata")
    try {
      expect(await refusalOf(forty)).toEqual({
        code: ERROR_CODES.photoTooLarge,
        message: `The photo is 40.0 MB; photos may be at most ${MAX_PHOTO_MEGABYTES} MB.`,
      })
      expect(read).not.toHaveBeenCalled()
    } finally {
      read.mockRestore()
    }
  })

  it("refuses an empty file", async () => {
    expect(await refusalOf(Buffer.alloc(0))).toEqual({ code: ERROR_CODES.photoNotAnImage, message: "The photo file is empty." })
  })
})
