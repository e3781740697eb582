/**
 * One photo through the photo pipeline in a process of its own, so the process's peak resident
 * memory (maxRSS) is this photo's: prints it as JSON with the RSS before the photo and the time.
 * Run by bench-images.ts as `node --import tsx bench-images-measure.ts <photo file>`.
 */
import { readFile } from "node:fs/promises"
import { preparePhoto } from "@ocop/backend/photos"

async function measure(file: string) {
  const photo = await readFile(file)
  const rssBefore = process.memoryUsage().rss
  const started = performance.now()
  await preparePhoto(photo)
  const seconds = (performance.now() - started) / 1000
  process.stdout.write(JSON.stringify({ rssBefore, peakRss: process.resourceUsage().maxRSS * 1024, seconds }))
}

measure(process.argv[2]!).catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
