/**
 * `npm run bench -- images`: the photo pipeline (backend/src/lib/photos.ts, the code the producer
 * route and the seed run) over camera-like JPEGs at 12, 3 and 1.2 megapixels, made on the spot with
 * texture at every scale and sensor noise (backend/integration-tests/test-photos.ts; the seed's
 * sample photos are flat drawings, no measure of a photo). Prints photos per second (one after
 * another in this process, as the route prepares an upload's photos), each photo's peak memory
 * (maxRSS of a process that prepared only that photo, and its rise over the RSS before it), and
 * the bytes of each format and width against the original JPEG's, with issue 16's goal: AVIF at
 * 1280 px ≤ 40 % of the original JPEG.
 */
import { execFile } from "node:child_process"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { availableParallelism, tmpdir } from "node:os"
import path from "node:path"
import { promisify } from "node:util"
import { cameraLikeJpeg } from "@ocop/backend/integration-tests/test-photos"
import { PHOTO_FORMATS, PHOTO_WIDTHS, type PreparedPhoto, preparePhoto } from "@ocop/backend/photos"
import sharp from "sharp"

const SIZES = [
  { name: "12 MP", width: 4000, height: 3000 },
  { name: "3 MP", width: 2000, height: 1500 },
  { name: "1.2 MP", width: 1280, height: 960 },
] as const
const PHOTOS_PER_SIZE = 3
const GOAL_AVIF_1280_RATIO = 0.4

type Measured = { rssBefore: number; peakRss: number; seconds: number }

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`
const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!

async function measureAlone(file: string): Promise<Measured> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", path.join(__dirname, "bench-images-measure.ts"), file], {
    maxBuffer: 1024 * 1024,
  })
  return JSON.parse(stdout) as Measured
}

export async function benchImages() {
  const folder = await mkdtemp(path.join(tmpdir(), "ocop-bench-images-"))
  try {
    console.log(
      `images: the photo pipeline on ${availableParallelism()} cores, libvips ${sharp.versions.vips}, sharp concurrency ${sharp.concurrency()}, ` +
        `libuv pool ${process.env.UV_THREADPOOL_SIZE ?? 4}; ${PHOTOS_PER_SIZE} camera-like JPEGs (quality 92, 4:2:0, phone EXIF) per size`,
    )
    const photos: { size: (typeof SIZES)[number]; file: string; bytes: Buffer }[] = []
    for (const size of SIZES) {
      for (let seed = 1; seed <= PHOTOS_PER_SIZE; seed++) {
        const bytes = await cameraLikeJpeg(size.width, size.height, { seed })
        const file = path.join(folder, `${size.width}x${size.height}-${seed}.jpg`)
        await writeFile(file, bytes)
        photos.push({ size, file, bytes })
      }
    }
    // Once before timing, so loading libvips's codecs is not the first photo's time.
    await preparePhoto(photos.at(-1)!.bytes)

    let goalMet = true
    for (const size of SIZES) {
      const ofSize = photos.filter((photo) => photo.size === size)
      const started = performance.now()
      const prepared: PreparedPhoto[] = []
      for (const photo of ofSize) prepared.push(await preparePhoto(photo.bytes))
      const seconds = (performance.now() - started) / 1000
      const alone = []
      for (const photo of ofSize) alone.push(await measureAlone(photo.file))
      const original = median(ofSize.map((photo) => photo.bytes.length))
      console.log(
        `images: ${size.name} (${size.width}×${size.height}, original JPEG median ${kilobytes(original)}) — ${(ofSize.length / seconds).toFixed(2)} photos/s ` +
          `(${(seconds / ofSize.length).toFixed(2)} s each); peak memory per photo ${megabytes(median(alone.map((m) => m.peakRss)))} maxRSS, ` +
          `${megabytes(median(alone.map((m) => m.peakRss - m.rssBefore)))} over the RSS before it (median of ${alone.length} processes)`,
      )
      for (const format of PHOTO_FORMATS) {
        const cells = PHOTO_WIDTHS.filter((width) => width <= size.width).map((width) => {
          const ratios = prepared.map((photo, i) => photo.renditions.find((r) => r.format === format && r.width === width)!.buffer.length / ofSize[i]!.bytes.length)
          const bytes = median(prepared.map((photo) => photo.renditions.find((r) => r.format === format && r.width === width)!.buffer.length))
          if (format === "avif" && width === 1280 && Math.max(...ratios) > GOAL_AVIF_1280_RATIO) goalMet = false
          return `${width} px ${kilobytes(bytes)} (${percent(median(ratios))})`
        })
        console.log(`images:   ${format.padEnd(4)} ${cells.join(", ")} of the original`)
      }
    }
    console.log(`images: goal AVIF 1280 px ≤ ${percent(GOAL_AVIF_1280_RATIO)} of the original JPEG — ${goalMet ? "met" : "missed"} for every photo`)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
