import sharp from "sharp"
import { MAX_PHOTO_PIXELS, preparePhoto } from "./photos"

async function jpegWithOrientation(width: number, height: number, orientation: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation, exif: { IFD0: { Copyright: "camera owner", Make: "PhoneCam" } } })
    .toBuffer()
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

  it("makes AVIF and WebP at each width up to the original, and a blurred placeholder", async () => {
    const photo = await preparePhoto(await jpegWithOrientation(1000, 1000, 1))
    const made = photo.renditions.map((r) => `${r.format}@${r.width}`).sort()
    expect(made).toEqual(["avif@320", "avif@640", "avif@960", "webp@320", "webp@640", "webp@960"].sort())
    expect(photo.placeholder).toMatch(/^data:image\/webp;base64,/)
    expect(photo.placeholder.length).toBeLessThan(1000)
  })

  it("refuses a file that is not an image, whatever its name says", async () => {
    await expect(preparePhoto(Buffer.from("<html>not a photo</html>"))).rejects.toThrow(/not a photo we can read/)
  })

  it("refuses SVG, which can carry scripts", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')
    await expect(preparePhoto(svg)).rejects.toThrow(/"svg" are not accepted/)
  })

  it("refuses a photo over the pixel limit before decoding it", async () => {
    const side = Math.ceil(Math.sqrt(MAX_PHOTO_PIXELS)) + 10
    const huge = await sharp({ create: { width: side, height: side, channels: 3, background: "#fff" } }).png({ compressionLevel: 9 }).toBuffer()
    await expect(preparePhoto(huge)).rejects.toThrow(/megapixels are accepted/)
  })
})
