/**
 * Photos for the photo pipeline's tests and benchmark, made on the spot so no binary fixture sits in
 * the repository: a phone's JPEG with the place it was taken in its EXIF, a camera-like photo whose
 * bytes behave as a real one's do under a codec, and a PNG decompression bomb.
 */
import { readdir, readFile } from "node:fs/promises"
import path from "node:path"
import { crc32, createDeflate } from "node:zlib"
import sharp from "sharp"

/** Where a phone says it took the photo: Hà Nội, as EXIF's degrees/minutes/seconds rationals. */
export const GPS_HANOI = { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 41/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 51/1 15/1" }

/** What a phone writes in a photo's EXIF: its make and model, when, and where (the GPS IFD, IFD3). */
export const PHONE_EXIF = {
  IFD0: { Make: "PhoneMaker", Model: "P12 Pro", DateTime: "2025:09:14 07:32:10", Software: "PhoneCam 4.2" },
  IFD3: GPS_HANOI,
}

/** A deterministic pseudo-random sequence (mulberry32), so a photo made twice is the same photo. */
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length)
  let state = seed >>> 0
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff
  }
  return bytes
}

/** Smooth grey noise: a small random grid scaled up to the photo's size, detail `feature` px across. */
async function greyOctave(width: number, height: number, feature: number, seed: number): Promise<Buffer> {
  const gridWidth = Math.max(2, Math.round(width / feature))
  const gridHeight = Math.max(2, Math.round(height / feature))
  return sharp(randomBytes(gridWidth * gridHeight, seed), { raw: { width: gridWidth, height: gridHeight, channels: 1 } })
    .resize(width, height, { kernel: "cubic", fit: "fill" })
    .extractChannel(0)
    .raw()
    .toBuffer()
}

/** Things on a table under window light: a background gradient and jars, packets and fruit in muted colours. */
function sceneSvg(width: number, height: number, seed: number): string {
  const random = randomBytes(256, seed)
  let next = 0
  const unit = () => random[next++ % random.length]! / 255
  const muted = () => `hsl(${Math.round(unit() * 360)} ${Math.round(15 + unit() * 45)}% ${Math.round(25 + unit() * 50)}%)`
  const shapes: string[] = []
  for (let i = 0; i < 14; i++) {
    const x = unit() * width
    const y = (0.25 + unit() * 0.75) * height
    const size = (0.05 + unit() * 0.22) * width
    shapes.push(
      unit() < 0.5
        ? `<ellipse cx="${x}" cy="${y}" rx="${size / 2}" ry="${(size / 2) * (0.6 + unit())}" fill="${muted()}"/>`
        : `<rect x="${x - size / 2}" y="${y - size}" width="${size}" height="${size * (1 + unit())}" rx="${size * unit() * 0.2}" fill="${muted()}"/>`,
    )
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="light" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${muted()}"/><stop offset="1" stop-color="${muted()}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#light)"/>${shapes.join("")}</svg>`
}

/**
 * A photo as a phone camera takes one, not a flat colour (which any codec shrinks to nothing):
 * objects with soft edges on a lit background, texture at every scale on them (octaves of smooth
 * noise, stronger the coarser, as natural scenes have), sensor noise, encoded as a camera does
 * (JPEG quality 92, 4:2:0 chroma), with the phone's EXIF.
 */
export async function cameraLikeJpeg(width: number, height: number, { seed = 1, exif = PHONE_EXIF }: { seed?: number; exif?: sharp.Exif } = {}): Promise<Buffer> {
  const scale = width / 4000
  const [scene, noise, ...octaves] = await Promise.all([
    sharp(Buffer.from(sceneSvg(width, height, seed))).blur(1.5 * scale + 0.3).removeAlpha().raw().toBuffer(),
    sharp({ create: { width, height, channels: 3, background: "#000", noise: { type: "gaussian", mean: 128, sigma: 4 } } }).raw().toBuffer(),
    ...[400, 100, 25, 6].map((feature, i) => greyOctave(width, height, Math.max(2, feature * scale), seed * 7 + i)),
  ])
  const gains = [0.5, 0.3, 0.2, 0.15]
  // Plain typed arrays, and clamping by Uint8ClampedArray: a loop over 36 million values stays quick.
  const view = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length)
  const [sceneValues, noiseValues] = [view(scene!), view(noise!)]
  const texture = new Float32Array(width * height)
  for (const [k, octave] of octaves.entries()) {
    const values = view(octave)
    const gain = gains[k]!
    for (let p = 0; p < texture.length; p++) texture[p]! += gain * (values[p]! - 128)
  }
  const pixels = new Uint8ClampedArray(width * height * 3)
  for (let i = 0; i < pixels.length; i++) pixels[i] = sceneValues[i]! + texture[(i / 3) | 0]! + noiseValues[i]! - 128
  return sharp(Buffer.from(pixels.buffer), { raw: { width, height, channels: 3 } }).jpeg({ quality: 92, chromaSubsampling: "4:2:0" }).withExif(exif).toBuffer()
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

/**
 * A PNG decompression bomb: a valid side×side black-and-white image, every row of it present, of
 * about half a megabyte at 30000 px a side (1-bit rows of zeros deflate a thousandfold), which a
 * decoder would expand to side² pixels (900 megapixels, 2.7 GB as RGB).
 */
export async function pngBomb(side = 30_000): Promise<Buffer> {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header.writeUInt8(1, 8) // bit depth 1
  header.writeUInt8(0, 9) // greyscale; compression, filter and interlace 0
  // Each row: filter byte 0, then side bits of black.
  const rowBytes = 1 + Math.ceil(side / 8)
  const rowsPerWrite = 1000
  const deflate = createDeflate({ level: 1 })
  const compressed: Buffer[] = []
  deflate.on("data", (chunk: Buffer) => compressed.push(chunk))
  const finished = new Promise((resolve, reject) => deflate.on("end", resolve).on("error", reject))
  const rows = Buffer.alloc(rowBytes * rowsPerWrite)
  for (let written = 0; written < side; written += rowsPerWrite) deflate.write(rows.subarray(0, rowBytes * Math.min(rowsPerWrite, side - written)))
  deflate.end()
  await finished
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", Buffer.concat(compressed)),
    pngChunk("IEND", Buffer.alloc(0)),
  ])
}

/**
 * What an iPhone's HEIC photo shows a reader of its header: a HEIF file whose image is HEVC-coded.
 * Made from a small AVIF with its brands and codec renamed to HEVC's and an hvcC box (the HEVC
 * configuration) in place of av1C, the boxes around it grown to match; its data stays AV1, which
 * is never reached: decoding HEVC is what the pipeline's sharp cannot do.
 */
export async function heicLike(): Promise<Buffer> {
  const avif = (await sharp({ create: { width: 64, height: 48, channels: 3, background: "#c84" } }).avif().toBuffer()).toString("latin1")
  const renamed = Buffer.from(avif.replaceAll("avif", "heic").replaceAll("av01", "hvc1"), "latin1")
  const av1c = renamed.indexOf("av1C", 0, "latin1") - 4
  const hvcc = Buffer.alloc(8 + 23)
  hvcc.writeUInt32BE(hvcc.length, 0)
  hvcc.write("hvcC", 4, "latin1")
  hvcc[8] = 1 // configurationVersion
  const heic = Buffer.concat([renamed.subarray(0, av1c), hvcc, renamed.subarray(av1c + renamed.readUInt32BE(av1c))])
  const grown = hvcc.length - renamed.readUInt32BE(av1c)
  for (const box of ["meta", "iprp", "ipco"]) {
    const at = heic.indexOf(box, 0, "latin1") - 4
    heic.writeUInt32BE(heic.readUInt32BE(at) + grown, at)
  }
  return heic
}

/** A PDF's bytes (a one-page document), to be sent under a photo's name. */
export const PDF_BYTES = Buffer.from(
  "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
)

/** A file as a test uploads it. */
export type UploadedFile = { bytes: Buffer; name: string; type: string }

/** A multipart form as a browser sends one: text fields, then each file under `field`. */
export function uploadForm(field: string, files: readonly UploadedFile[], fields: Record<string, string | number> = {}): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, String(value))
  for (const file of files) form.append(field, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  return form
}

/** The bytes of a stored file, from the local file provider's directory (MEDUSA_UPLOAD_DIR). */
export function storedFile(url: string): Promise<Buffer> {
  return readFile(path.join(process.env.MEDUSA_UPLOAD_DIR!, decodeURIComponent(new URL(url).pathname.replace(/^\/static\//, ""))))
}

/** How many files the local file provider holds. */
export async function storedFileCount(): Promise<number> {
  return (await readdir(process.env.MEDUSA_UPLOAD_DIR!, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length
}
