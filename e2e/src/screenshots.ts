// The journeys' screenshots, kept for a reader to look at (no pixel diffs): one folder per spec
// under e2e/screenshots/, emptied when a run of the journeys starts and given an index.html when it
// ends, so a CI run leaves the pages it saw in one place that survives Playwright's own results
// folder (test-results/ holds only the last run's failures' traces).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import { type Page, test } from "@playwright/test"
import { REPO_ROOT } from "./stack"

export const SCREENSHOTS_DIR = path.join(REPO_ROOT, "e2e", "screenshots")

/** A screenshot of the page as it is, under the running spec's folder, attached to the test's report too. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const info = test.info()
  const file = path.join(SCREENSHOTS_DIR, path.basename(info.file).replace(/\.spec\.ts$/, ""), `${name}.png`)
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false })
  await info.attach(name, { path: file, contentType: "image/png" })
}

export function clearScreenshots(): void {
  rmSync(SCREENSHOTS_DIR, { recursive: true, force: true })
  mkdirSync(SCREENSHOTS_DIR, { recursive: true })
}

/** Writes index.html over what the run took and says where it is; the number of screenshots. */
export function indexScreenshots(): number {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true })
  const specs = readdirSync(SCREENSHOTS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ spec: entry.name, files: readdirSync(path.join(SCREENSHOTS_DIR, entry.name)).filter((file) => file.endsWith(".png")).sort() }))
    .filter(({ files }) => files.length > 0)
    .sort((a, b) => a.spec.localeCompare(b.spec))
  const count = specs.reduce((sum, { files }) => sum + files.length, 0)
  const html = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;")
  const sections = specs.map(
    ({ spec, files }) =>
      `<h2>${html(spec)}</h2>\n${files
        .map((file) => `<figure><a href="${html(`${spec}/${file}`)}"><img src="${html(`${spec}/${file}`)}" alt="" loading="lazy"></a><figcaption>${html(file.replace(/\.png$/, ""))}</figcaption></figure>`)
        .join("\n")}`,
  )
  writeFileSync(
    path.join(SCREENSHOTS_DIR, "index.html"),
    `<!doctype html>\n<html lang="en"><meta charset="utf-8"><title>OCOP Market journeys: ${count} screenshots</title>\n` +
      "<style>body{font:14px system-ui,sans-serif;margin:1rem}figure{display:inline-block;margin:0 1rem 1rem 0;vertical-align:top}img{max-width:320px;max-height:480px;border:1px solid #ccc}</style>\n" +
      `<h1>${count} screenshots, ${new Date().toISOString()}</h1>\n${sections.join("\n")}\n</html>\n`,
  )
  return count
}
