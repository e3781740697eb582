/**
 * `npm run bench`: the project's speed figures, printed, never asserted (machines here are noisy).
 *   stack   time from `npm start` to the storefront's first page and to its catalogue, cold (empty
 *           data) and warm
 *   search  Meilisearch vs Medusa's /store/products?q= at 10,000 and 50,000 products, indexing
 *           throughput and update-to-search lag (backend/src/scripts/bench-search.ts, ~25 min)
 *   store-api  GET /store/products?limit=12 at 20 connections on the running stack, beside a
 *           reference stack (BENCH_REFERENCE_STACK=<its stack.json>) when given (bench-store-api.ts)
 *   storefront  Lighthouse, First Load JS and requests/s of home, catalogue and product page on a
 *           production build, beside Medusa's dtc-starter when BENCH_REFERENCE_DIR names a checkout
 *           (bench-storefront.ts, bench-reference.ts; ~15 min alone, ~40 with the starter)
 *   resilience  oversell, double submit, a 5,000-request fuzz run, kills during checkout and sign-in
 *           throttling, on a backend of its own (bench-resilience.ts, ~15 min)
 *   images  the photo pipeline over camera-like JPEGs at 12, 3 and 1.2 MP: photos/s, peak memory
 *           per photo and output bytes against the original, with issue 16's AVIF goal
 *           (bench-images.ts, ~3 min)
 *   pos     the showroom counter's scan-to-line lookup and complete-sale latency, p50/p95, on a
 *           production build against issue 17's goals (bench-pos.ts, ~5 min)
 * Run one part with `npm run bench -- stack`. Parts that need a free machine say so and skip.
 */
import { spawn } from "node:child_process"
import { chmodSync, lstatSync, mkdtempSync, readlinkSync, rmSync, unlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { isPortInUse } from "../../scripts/ports"
import { benchImages } from "./bench-images"
import { benchPos } from "./bench-pos"
import { benchResilience } from "./bench-resilience"
import { benchStoreApi } from "./bench-store-api"
import { benchStorefront } from "./bench-storefront"
import { REPO_ROOT } from "./stack"

/** The page the storefront serves while the stack loads the sample catalogue reloads itself. */
const STARTING_PAGE_MARK = 'http-equiv="refresh"'

/**
 * Starts `npm start` on its own data directory and ports; resolves with the seconds to the
 * storefront's first 200 (on a cold start, the "shop is starting" page) and to the first home page
 * that shows the catalogue.
 */
async function timeStackStart(dataDir: string, ports: Record<string, number>): Promise<{ firstPage: number; catalogue: number }> {
  const started = performance.now()
  const env = {
    ...process.env,
    OCOP_DATA_DIR: dataDir,
    BACKEND_PORT: String(ports.backend),
    STOREFRONT_PORT: String(ports.storefront),
    PGPORT_EMBEDDED: String(ports.postgres),
    MEILI_PORT_EMBEDDED: String(ports.meilisearch),
  }
  const stack = spawn("npm", ["start"], { cwd: REPO_ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000))
  stack.stdout.on("data", keep)
  stack.stderr.on("data", keep)
  let exited = false
  stack.on("exit", () => (exited = true))
  let firstPage: number | undefined
  try {
    for (;;) {
      if (exited) throw new Error(`npm start exited before the storefront answered:\n${output.trim().split("\n").slice(-5).join("\n")}`)
      const page = await fetch(`http://localhost:${ports.storefront}/`, { signal: AbortSignal.timeout(60_000) })
        .then(async (r) => (r.status === 200 ? r.text() : undefined))
        .catch(() => undefined)
      const elapsed = (performance.now() - started) / 1000
      if (page !== undefined) {
        firstPage ??= elapsed
        if (!page.includes(STARTING_PAGE_MARK)) return { firstPage, catalogue: elapsed }
      }
      if (elapsed > 20 * 60) throw new Error("The storefront did not show the catalogue within 20 minutes.")
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  } finally {
    if (!exited) {
      process.kill(-stack.pid!, "SIGINT")
      await new Promise((resolve) => stack.once("exit", resolve))
    }
  }
}

async function benchStack() {
  // The stack's dev servers share the workspace's build folders, so a second stack cannot run beside one.
  if ((await isPortInUse(8000)) || (await isPortInUse(9000))) {
    console.log("stack: skipped — a stack is running on :8000/:9000; stop it to measure start-up times.")
    return
  }
  const ports = { backend: 9100, storefront: 8100, postgres: 5533, meilisearch: 7790 }
  const dataDir = mkdtempSync(path.join(tmpdir(), "ocop-bench-stack-"))
  // Embedded Postgres runs as its own user when we are root: it must be able to enter this folder.
  chmodSync(dataDir, 0o755)
  try {
    const cold = await timeStackStart(dataDir, ports)
    const warm = await timeStackStart(dataDir, ports)
    console.log(
      `stack: first storefront page after npm start — cold ${cold.firstPage.toFixed(1)} s, warm ${warm.firstPage.toFixed(1)} s`,
    )
    console.log(
      `stack: home page with the catalogue — cold ${cold.catalogue.toFixed(1)} s (empty data: migrations, sample catalogue, compile), ` +
        `warm ${warm.catalogue.toFixed(1)} s; warm/cold ${(warm.catalogue / cold.catalogue).toFixed(2)}`,
    )
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
    // The stack pointed backend/static at this data directory's uploads: leave no dangling link.
    const served = path.join(REPO_ROOT, "backend", "static")
    if (lstatSync(served, { throwIfNoEntry: false })?.isSymbolicLink() && readlinkSync(served).startsWith(dataDir)) {
      unlinkSync(served)
    }
  }
}

/** The search benchmark lives beside the backend code it measures; it starts its own services. */
async function benchSearch() {
  await new Promise<void>((resolve, reject) => {
    const run = spawn("npm", ["run", "bench:search", "--workspace", "@ocop/backend"], { cwd: REPO_ROOT, stdio: "inherit" })
    run.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`The search benchmark exited with ${code}.`))))
  })
}

const PARTS: Record<string, () => Promise<void>> = {
  stack: benchStack,
  search: benchSearch,
  "store-api": benchStoreApi,
  storefront: benchStorefront,
  resilience: benchResilience,
  images: benchImages,
  pos: benchPos,
}

async function main() {
  const chosen = process.argv.slice(2)
  for (const name of chosen.length ? chosen : Object.keys(PARTS)) {
    const part = PARTS[name]
    if (!part) throw new Error(`Unknown benchmark "${name}". Parts: ${Object.keys(PARTS).join(", ")}.`)
    await part()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
