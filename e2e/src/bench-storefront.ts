/**
 * `npm run bench -- storefront`: home, catalogue, product and campaign page of a production build with the
 * sample photos, and, when BENCH_REFERENCE_DIR names a checkout of medusajs/dtc-starter, the same
 * three pages of that starter built and seeded beside it (bench-reference.ts): home ↔ home,
 * catalogue ↔ store, product ↔ product. Both are measured by the same method in alternation (A B
 * A B, BENCH_ROUNDS rounds, at least 2): Lighthouse mobile score, LCP, CLS and TBT, First Load JS
 * per route, and requests/s with p50/p99 latency at 20 connections; then the buyer's actions on
 * ours. Figures only, printed and written with the machine's state to bench-results/ (gitignored).
 */
import { execFileSync, spawn } from "node:child_process"
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { loadavg, tmpdir } from "node:os"
import path from "node:path"
import { gzipSync } from "node:zlib"
import autocannon from "autocannon"
import { SAMPLE_CAMPAIGNS } from "../../seed/src/catalogue/campaigns"
import { sampleProductDetails } from "../../seed/src/catalogue/products"
import { firstFreePort } from "../../scripts/ports"
import type { StackInfo } from "../../scripts/stack"
import { ACTION_GOALS_MS, ACTION_RUNS, type ActionFigures, type ActionName, measureActions } from "./bench-actions"
import { type PageName, type ReferenceStack, startReference } from "./bench-reference"
import { REPO_ROOT } from "./stack"

const ACTION_LABELS: Record<ActionName, string> = {
  addToCart: "add to cart",
  changeQuantity: "cart + stepper",
  checkoutStep: "checkout delivery step",
  placeOrder: "place order",
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
// Lighthouse's own guidance on variability advises five runs: on 2 shared cores one run of the same
// page scored anywhere from 86 to 100, as its simulated LCP follows whether the scripts happened to
// run before the first paint in the unthrottled load it observes. Three a round, over at least two
// rounds, gives at least six, and spreads them over the time both storefronts are measured.
const LIGHTHOUSE_RUNS_PER_ROUND = 3
const MIN_ROUNDS = 2
const LOAD_CONNECTIONS = 20
const LOAD_SECONDS = 15
const WARM_UP_SECONDS = 5
const STACK_START_TIMEOUT_MS = 30 * 60_000
const RESULTS_DIR = path.join(REPO_ROOT, "e2e", "bench-results")
/** Our pages; the starter has the first three, and no campaign page to compare ours with. */
type BenchPage = PageName | "campaign"
const PAGE_NAMES: BenchPage[] = ["home", "catalogue", "product", "campaign"]
const REFERENCE_PAGE_LABELS: Record<BenchPage, string> = { home: "home", catalogue: "store", product: "product", campaign: "(none)" }

/** Issue 19's goals; the ratios are to the starter measured in the same run. */
const GOALS = {
  lighthouse: 95,
  lcpMs: 2500,
  tbtMs: 150,
  homeThroughputFactor: 10,
  homeP99Ms: 300,
  productThroughputFactor: 10,
  catalogueRequestsPerSecond: 200,
  catalogueP99Ms: 150,
}

type LighthouseRun = { score: number; lcpMs: number; cls: number; tbtMs: number; lcpElement?: string }
type LoadFigures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; failures: number }
type FirstLoad = { gzipBytes: number; scripts: { url: string; gzipBytes: number }[] }

interface PageFigures {
  name: BenchPage
  url: string
  lighthouse: LighthouseRun & { runs: number }
  firstLoad: FirstLoad
  /** Medians over the rounds. */
  load: LoadFigures
}

/** One round's raw figures of one storefront's page. */
interface PageRound {
  lighthouse: LighthouseRun[]
  firstLoad: FirstLoad
  load: LoadFigures
}

interface Side {
  label: "ours" | "dtc-starter"
  pages: Partial<Record<BenchPage, string>>
  rounds: Partial<Record<BenchPage, PageRound>>[]
}

/** What Next itself sends to every App Router page, before any code of the shop's. */
interface NextFloor {
  version: string
  firstLoad: FirstLoad
}

export async function benchStorefront(): Promise<void> {
  const product = sampleProductDetails.find((p) => p.nameVi === "Miến dong Tài Hoan")
  if (!product) throw new Error("The sample catalogue has no Miến dong Tài Hoan: seed/src/catalogue/products.ts changed.")
  const rounds = Math.max(MIN_ROUNDS, Number(process.env.BENCH_ROUNDS) || MIN_ROUNDS)
  const referenceDir = process.env.BENCH_REFERENCE_DIR?.trim()
  const floor = await measureNextFloor().catch((error: unknown) => {
    console.log(`storefront: warning — Next's own First Load JS could not be measured: ${error instanceof Error ? error.message : error}`)
    return undefined
  })
  await withProductionStack(async (storefrontUrl) => {
    const ours: Side = {
      label: "ours",
      pages: {
        home: `${storefrontUrl}/`,
        catalogue: `${storefrontUrl}/san-pham`,
        product: `${storefrontUrl}/san-pham/${product.handle}`,
        // The first of the sample catalogue's three live campaigns.
        campaign: `${storefrontUrl}/chien-dich/${SAMPLE_CAMPAIGNS[0]!.handle}`,
      },
      rounds: [],
    }
    for (const url of Object.values(ours.pages)) await assertServes(url)
    await warnUnlessPhotosLoad(ours.pages.product!)
    const reference = referenceDir ? await startReference(referenceDir, path.join(RESULTS_DIR, "logs")) : undefined
    const loadBeforeRounds: number[][] = []
    let actions: ActionFigures
    try {
      const theirs: Side | undefined = reference && { label: "dtc-starter", pages: reference.pages, rounds: [] }
      if (theirs) {
        for (const url of Object.values(theirs.pages)) await assertServes(url)
        await warnUnlessPhotosLoad(theirs.pages.product!)
      }
      for (let round = 1; round <= rounds; round++) {
        loadBeforeRounds.push(loadavg())
        for (const side of theirs ? [ours, theirs] : [ours]) {
          console.log(`storefront: round ${round} of ${rounds}, ${side.label} (load average ${loadavg().map((l) => l.toFixed(2)).join(" ")})…`)
          side.rounds.push(await measureRound(side.pages))
        }
      }
      console.log(`storefront: measuring the buyer's actions (${ACTION_RUNS} buyers, each a new cart and an order)…`)
      actions = await measureActions(storefrontUrl)
      const figures = { ours: summarize(ours), reference: theirs && summarize(theirs) }
      printReport(storefrontUrl, figures, floor, actions, rounds, loadBeforeRounds)
      writeResults({ figures, floor, actions, rounds, loadBeforeRounds, reference })
    } finally {
      await reference?.stop()
    }
  })
}

async function measureRound(pages: Partial<Record<BenchPage, string>>): Promise<Partial<Record<BenchPage, PageRound>>> {
  const round: Partial<Record<BenchPage, PageRound>> = {}
  for (const name of PAGE_NAMES) {
    const url = pages[name]
    if (!url) continue
    round[name] = { firstLoad: await measureFirstLoadJs(url), lighthouse: await measureLighthouse(url), load: await measureLoad(url) }
  }
  return round
}

/** Each page's figures over the rounds: Lighthouse the median of every run, the load the median of the rounds'. */
function summarize(side: Side): PageFigures[] {
  return PAGE_NAMES.filter((name) => side.pages[name]).map((name) => {
    const rounds = side.rounds.map((round) => round[name]!)
    const runs = rounds.flatMap((round) => round.lighthouse)
    const loads = rounds.map((round) => round.load)
    return {
      name,
      url: side.pages[name]!,
      lighthouse: {
        score: median(runs.map((r) => r.score)),
        lcpMs: median(runs.map((r) => r.lcpMs)),
        cls: median(runs.map((r) => r.cls)),
        tbtMs: median(runs.map((r) => r.tbtMs)),
        lcpElement: runs.find((r) => r.lcpElement)?.lcpElement,
        runs: runs.length,
      },
      firstLoad: rounds[rounds.length - 1]!.firstLoad,
      load: {
        requestsPerSecond: median(loads.map((l) => l.requestsPerSecond)),
        p50Ms: median(loads.map((l) => l.p50Ms)),
        p99Ms: median(loads.map((l) => l.p99Ms)),
        failures: loads.reduce((sum, l) => sum + l.failures, 0),
      },
    }
  })
}

async function assertServes(url: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) })
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}; the bench measures pages that render.`)
}

/** The goals are for pages with their photos: say so when a stack serves none. */
async function warnUnlessPhotosLoad(pageUrl: string): Promise<void> {
  const html = await (await fetch(pageUrl)).text()
  const src = /<img\b[^>]*\bsrc="([^"]+)"/i.exec(html)?.[1]
  const status = src ? (await fetch(new URL(src.replaceAll("&amp;", "&"), pageUrl)).catch(() => undefined))?.status : undefined
  if (status !== 200) console.log(`storefront: warning — the product page's first photo (${src ?? "none"}) answered ${status ?? "nothing"}; figures are without photos.`)
}

/**
 * First Load JS: the JavaScript a first visit downloads before the page is interactive. It is
 * every script file the server-rendered HTML names: the `<script src>` tags (Next's runtime,
 * React, the chunks of the client components in the layout and the route) and any chunk named
 * only in the inline RSC payload, which React loads during hydration; each file once. `noModule`
 * scripts are left out, as modern browsers never fetch them. Each file is gzipped at level 9, as
 * the "First Load JS" column of `next build` did up to Next 15, where the reference figures come
 * from (Next 16 no longer prints it). The inline scripts themselves (the RSC payload) are part of
 * the HTML document and are not counted, as that column did not count them either; nor are chunks
 * fetched later, on an interaction or a prefetch.
 */
async function measureFirstLoadJs(pageUrl: string): Promise<FirstLoad> {
  const html = await (await fetch(pageUrl)).text()
  const noModule = new Set<string>()
  for (const [, attributes = ""] of html.matchAll(/<script\b([^>]*)>/gi)) {
    const src = /\bsrc="([^"]*)"/i.exec(attributes)?.[1]
    if (src && /\bnomodule\b/i.test(attributes)) noModule.add(new URL(src, pageUrl).href)
  }
  const sources = new Set<string>()
  for (const [file] of html.matchAll(/\/_next\/static\/[^"'\\\s<>]+?\.js\b/g)) {
    const url = new URL(file, pageUrl).href
    if (!noModule.has(url)) sources.add(url)
  }
  const scripts = await Promise.all(
    [...sources].map(async (url) => {
      const response = await fetch(url)
      if (!response.ok) throw new Error(`${url} answered ${response.status}.`)
      return { url, gzipBytes: gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length }
    }),
  )
  scripts.sort((a, b) => b.gzipBytes - a.gzipBytes)
  return { gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0), scripts }
}

/** Lighthouse's default run: mobile emulation and simulated slow 4G with a 4× slower CPU. */
async function measureLighthouse(url: string): Promise<LighthouseRun[]> {
  // Both are ES modules only; this package is CommonJS.
  const { default: lighthouse } = await import("lighthouse")
  const chromeLauncher = await import("chrome-launcher")
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: "error" })
  try {
    const runs: LighthouseRun[] = []
    for (let run = 0; run < LIGHTHOUSE_RUNS_PER_ROUND; run++) {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] })
      const lhr = result?.lhr
      if (!lhr) throw new Error(`Lighthouse returned no result for ${url}.`)
      if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`)
      const lcpElement = lhr.audits["largest-contentful-paint-element"]?.details as
        | { items?: { items?: { node?: { snippet?: string } }[] }[] }
        | undefined
      runs.push({
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
        cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
        tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
        lcpElement: lcpElement?.items?.[0]?.items?.[0]?.node?.snippet,
      })
    }
    return runs
  } finally {
    chrome.kill()
  }
}

/** Requests/s and latency of the HTML document alone, as a crawler or a first visit asks for it. */
async function measureLoad(url: string): Promise<LoadFigures> {
  await autocannon({ url, connections: LOAD_CONNECTIONS, duration: WARM_UP_SECONDS })
  const result = await autocannon({ url, connections: LOAD_CONNECTIONS, duration: LOAD_SECONDS })
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const kB = (bytes: number) => bytes / 1000
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const mark = (met: boolean) => (met ? "✓ met" : "✗ missed")

type Figures = { ours: PageFigures[]; reference: PageFigures[] | undefined }

function printReport(
  storefrontUrl: string,
  figures: Figures,
  floor: NextFloor | undefined,
  actions: ActionFigures,
  rounds: number,
  loadBeforeRounds: number[][],
): void {
  const reference = figures.reference
  const header = ["page", "figure", "ours", ...(reference ? ["dtc-starter", "ours/starter"] : [])]
  const rows: string[][] = []
  for (const page of figures.ours) {
    const theirs = reference?.find((other) => other.name === page.name)
    let label = theirs ? `${page.name} ↔ ${REFERENCE_PAGE_LABELS[page.name]}` : page.name
    const figure = (name: string, value: (p: PageFigures) => number, format: (n: number) => string) => {
      // A page the starter has no counterpart of (the campaign page) gets dashes in the starter's columns.
      const starter = theirs ? [format(value(theirs)), ratio(value(page), value(theirs))] : reference ? ["—", "—"] : []
      rows.push([label, name, format(value(page)), ...starter])
      label = ""
    }
    figure("Lighthouse", (p) => p.lighthouse.score, String)
    figure("LCP", (p) => p.lighthouse.lcpMs, seconds)
    figure("CLS", (p) => p.lighthouse.cls, (n) => n.toFixed(3))
    figure("TBT", (p) => p.lighthouse.tbtMs, (n) => `${Math.round(n)} ms`)
    figure("First Load JS", (p) => kB(p.firstLoad.gzipBytes), (n) => `${n.toFixed(1)} kB`)
    figure("req/s", (p) => p.load.requestsPerSecond, (n) => n.toFixed(1))
    figure("p99", (p) => p.load.p99Ms, (n) => `${n} ms`)
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd()

  const page = (name: BenchPage) => figures.ours.find((p) => p.name === name)!
  const theirs = (name: BenchPage) => reference?.find((p) => p.name === name)
  const product = page("product")
  const productKb = kB(product.firstLoad.gzipBytes)
  const floorKb = floor ? kB(floor.firstLoad.gzipBytes) : undefined
  const againstReference = (name: BenchPage, goal: (ours: PageFigures, starter: PageFigures) => string) => {
    const starter = theirs(name)
    return starter ? goal(page(name), starter) : "not judged: the reference was not run"
  }
  const throughputGoal = (name: BenchPage, factor: number) =>
    againstReference(name, (ours, starter) => {
      const times = ours.load.requestsPerSecond / starter.load.requestsPerSecond
      return `${ours.load.requestsPerSecond.toFixed(0)} req/s, ${times.toFixed(1)}× the starter's ${starter.load.requestsPerSecond.toFixed(1)}  ${mark(times >= factor && ours.load.failures === 0)}`
    })
  const home = page("home")
  const catalogue = page("catalogue")
  console.log(
    [
      "",
      `storefront: production build at ${storefrontUrl} with the sample photos; ${rounds} rounds${reference ? ", ours and dtc-starter in alternation (A B A B)" : ""}`,
      `  Lighthouse: mobile, default throttling, median of ${LIGHTHOUSE_RUNS_PER_ROUND * rounds} runs; First Load JS: gzip of the HTML's scripts;`,
      `  req/s and p99: ${LOAD_CONNECTIONS} connections for ${LOAD_SECONDS} s after a ${WARM_UP_SECONDS} s warm-up, median of the rounds.`,
      `  load average (1, 5, 15 min) before each round: ${loadBeforeRounds.map((l) => l.map((n) => n.toFixed(2)).join(" ")).join(" | ")}`,
      ...(reference ? [] : ["  reference: not run (set BENCH_REFERENCE_DIR to a checkout of medusajs/dtc-starter to measure it beside ours)"]),
      "",
      `  ${line(header)}`,
      ...rows.map((row) => `  ${line(row)}`),
      "",
      "  goals (issue 19)",
      ...figures.ours.map((p) => `    Lighthouse ≥ ${GOALS.lighthouse}, ${p.name}: ${p.lighthouse.score}  ${mark(p.lighthouse.score >= GOALS.lighthouse)}`),
      ...figures.ours.map(
        (p) =>
          `    LCP < ${seconds(GOALS.lcpMs)} and at most the starter's, ${p.name}: ${seconds(p.lighthouse.lcpMs)}` +
          (theirs(p.name) ? ` (starter ${seconds(theirs(p.name)!.lighthouse.lcpMs)})  ${mark(p.lighthouse.lcpMs < GOALS.lcpMs && p.lighthouse.lcpMs <= theirs(p.name)!.lighthouse.lcpMs)}` : ` ${mark(p.lighthouse.lcpMs < GOALS.lcpMs)} on its own; against the starter not judged: the reference was not run`),
      ),
      ...figures.ours.map((p) => `    TBT < ${GOALS.tbtMs} ms, ${p.name}: ${Math.round(p.lighthouse.tbtMs)} ms  ${mark(p.lighthouse.tbtMs < GOALS.tbtMs)}`),
      `    home ≥ ${GOALS.homeThroughputFactor}× the starter's req/s: ${throughputGoal("home", GOALS.homeThroughputFactor)}`,
      `    home p99 < ${GOALS.homeP99Ms} ms at ${LOAD_CONNECTIONS} connections: ${home.load.p99Ms} ms  ${mark(home.load.p99Ms < GOALS.homeP99Ms)}`,
      `    product ≥ ${GOALS.productThroughputFactor}× the starter's req/s: ${throughputGoal("product", GOALS.productThroughputFactor)}`,
      `    catalogue ≥ ${GOALS.catalogueRequestsPerSecond} req/s with p99 < ${GOALS.catalogueP99Ms} ms (issue 14): ${catalogue.load.requestsPerSecond.toFixed(0)} req/s, p99 ${catalogue.load.p99Ms} ms  ${mark(catalogue.load.requestsPerSecond >= GOALS.catalogueRequestsPerSecond && catalogue.load.p99Ms < GOALS.catalogueP99Ms && catalogue.load.failures === 0)}`,
      ...(floor && floorKb !== undefined
        ? [
            `    Next ${floor.version}'s own floor, an App Router page of one paragraph and no client code: ${floorKb.toFixed(1)} kB;`,
            `      the shop's own client code on top of it: product ${(productKb - floorKb).toFixed(1)} kB, home ${(kB(home.firstLoad.gzipBytes) - floorKb).toFixed(1)} kB, catalogue ${(kB(catalogue.firstLoad.gzipBytes) - floorKb).toFixed(1)} kB`,
          ]
        : []),
      "",
      `  the buyer's actions, server time (request sent to the answer's last byte), ${ACTION_RUNS} buyers; goals (issue 14) at p95:`,
      ...(Object.entries(actions) as [ActionName, ActionFigures[ActionName]][]).map(
        ([name, figure]) =>
          `    ${ACTION_LABELS[name].padEnd(22)} p50 ${Math.round(figure.p50Ms)} ms, p95 ${Math.round(figure.p95Ms)} ms (< ${ACTION_GOALS_MS[name]} ms)  ${mark(figure.p95Ms < ACTION_GOALS_MS[name])}`,
      ),
      "",
      "  product page First Load JS by file (gzip):",
      ...product.firstLoad.scripts.map((script) => `    ${kB(script.gzipBytes).toFixed(1).padStart(6)} kB  ${new URL(script.url).pathname}`),
      ...[...figures.ours, ...(reference ?? [])].map(
        (p) => `  LCP element, ${p.url}: ${p.lighthouse.lcpElement?.slice(0, 110) ?? "(not reported)"}`,
      ),
      "",
    ].join("\n"),
  )
}

/** The run's figures and the machine's state, for comparing runs on other days or machines; the README explains the file. */
function writeResults(run: {
  figures: Figures
  floor: NextFloor | undefined
  actions: ActionFigures
  rounds: number
  loadBeforeRounds: number[][]
  reference: ReferenceStack | undefined
}): void {
  const date = new Date().toISOString()
  const git = (...args: string[]) => execFileSync("git", args, { cwd: REPO_ROOT, encoding: "utf8" }).trim()
  const results = {
    date,
    nproc: Number(execFileSync("nproc", { encoding: "utf8" }).trim()),
    commit: git("rev-parse", "HEAD"),
    uncommittedChanges: git("status", "--porcelain").length > 0,
    rounds: run.rounds,
    lighthouseRunsPerRound: LIGHTHOUSE_RUNS_PER_ROUND,
    loadConnections: LOAD_CONNECTIONS,
    loadAverageBeforeRounds: run.loadBeforeRounds,
    nextFloor: run.floor && { version: run.floor.version, firstLoadGzipBytes: run.floor.firstLoad.gzipBytes },
    ours: run.figures.ours,
    reference: run.reference ? { name: "medusajs/dtc-starter", commit: run.reference.commit, pages: run.figures.reference } : { ran: false },
    actions: run.actions,
  }
  mkdirSync(RESULTS_DIR, { recursive: true })
  const file = path.join(RESULTS_DIR, `storefront-${date.replace(/[:.]/g, "-")}.json`)
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`storefront: results written to ${path.relative(REPO_ROOT, file)}`)
}

/**
 * Next's floor: the First Load JS of the smallest App Router page (a root layout and a page that
 * renders one paragraph, no client component), built for production and served by `next start`
 * with the storefront's own Next. It is what a page pays before any code of ours, so it says how
 * much of the product page's figure the shop can still remove. Built in a folder inside the
 * repository, as Turbopack compiles nothing outside the workspace root.
 */
async function measureNextFloor(): Promise<NextFloor> {
  const nextPackage = require.resolve("next/package.json", { paths: [path.join(REPO_ROOT, "storefront")] })
  const version = (JSON.parse(readFileSync(nextPackage, "utf8")) as { version: string }).version
  const nextBin = path.join(path.dirname(nextPackage), "dist", "bin", "next")
  mkdirSync(path.join(REPO_ROOT, ".data"), { recursive: true })
  const app = mkdtempSync(path.join(REPO_ROOT, ".data", "bench-next-floor-"))
  try {
    mkdirSync(path.join(app, "app"))
    writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "next-floor", private: true }))
    writeFileSync(
      path.join(app, "app", "layout.jsx"),
      'export default function Layout({ children }) {\n  return <html lang="vi"><body>{children}</body></html>\n}\n',
    )
    writeFileSync(path.join(app, "app", "page.jsx"), "export default function Page() {\n  return <p>Xin chào</p>\n}\n")
    console.log(`storefront: building an empty App Router page with Next ${version} for its own First Load JS…`)
    execFileSync(process.execPath, [nextBin, "build"], { cwd: app, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })
    const port = await firstFreePort(8290)
    const server = spawn(process.execPath, [nextBin, "start", "--port", String(port)], { cwd: app, stdio: "ignore" })
    try {
      const url = `http://localhost:${port}/`
      const started = performance.now()
      while (!(await answers(url))) {
        if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}.`)
        if (performance.now() - started > 60_000) throw new Error("next start did not answer within 60 s.")
        await sleep(500)
      }
      return { version, firstLoad: await measureFirstLoadJs(url) }
    } finally {
      server.kill()
    }
  } finally {
    rmSync(app, { recursive: true, force: true })
  }
}

/** No ratio to a zero (a CLS of 0): it would print as NaN× or Infinity×. */
const ratio = (value: number, reference: number) => (reference === 0 ? "—" : `${(value / reference).toFixed(2)}×`)

/**
 * Runs `measure` against a production stack: the one `npm start -- --production` runs for
 * OCOP_DATA_DIR (default .data/) if there is one, else a scratch one started for the bench.
 */
async function withProductionStack(measure: (storefrontUrl: string) => Promise<void>): Promise<void> {
  const dataDir = process.env.OCOP_DATA_DIR ? path.resolve(process.env.OCOP_DATA_DIR) : path.join(REPO_ROOT, ".data")
  const running = readStackInfo(dataDir)
  if (running?.mode === "production" && (await answers(running.storefrontUrl))) {
    console.log(`storefront: using the production stack of ${path.relative(REPO_ROOT, dataDir) || dataDir}.`)
    await measure(running.storefrontUrl)
    return
  }
  const scratch = await startScratchStack()
  try {
    await measure(scratch.storefrontUrl)
  } finally {
    await scratch.stop()
  }
}

function readStackInfo(dataDir: string): StackInfo | undefined {
  const file = path.join(dataDir, "stack.json")
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as StackInfo) : undefined
}

async function answers(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(30_000) })
    .then((response) => response.ok)
    .catch(() => false)
}

/**
 * A production stack in a copy of the working tree, on free ports with an empty data directory.
 * A copy, because a stack in this tree would point backend/static at its own photos and write
 * storefront/.next and backend/.medusa under a developer's running stack. The copy takes the
 * working tree's files as they are (edits included) and hard-links node_modules, so it is quick
 * and small; the builds write only into the copy.
 */
async function startScratchStack(): Promise<{ storefrontUrl: string; stop: () => Promise<void> }> {
  const scratch = mkdtempSync(path.join(tmpdir(), "ocop-bench-storefront-"))
  const tree = path.join(scratch, "tree")
  const dataDir = path.join(scratch, "data")
  // Embedded Postgres runs as its own user when we are root: it must be able to enter these folders.
  mkdirSync(dataDir)
  chmodSync(scratch, 0o755)
  chmodSync(dataDir, 0o755)
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true })
  try {
    copyWorkingTree(tree)
  } catch (error) {
    removeScratch()
    throw error
  }

  const ports = {
    backend: await firstFreePort(9200),
    storefront: await firstFreePort(8200),
    postgres: await firstFreePort(5633),
    meilisearch: await firstFreePort(7890),
  }
  const logFile = path.join(scratch, "stack.log")
  console.log(`storefront: starting a production stack in ${tree} (storefront :${ports.storefront}, log ${logFile}); builds take a few minutes…`)
  const started = performance.now()
  const stack = spawn("npm", ["start", "--", "--production"], {
    cwd: tree,
    env: {
      ...process.env,
      OCOP_DATA_DIR: dataDir,
      BACKEND_PORT: String(ports.backend),
      STOREFRONT_PORT: String(ports.storefront),
      PGPORT_EMBEDDED: String(ports.postgres),
      MEILI_PORT_EMBEDDED: String(ports.meilisearch),
    },
    detached: true,
    stdio: ["ignore", openSync(logFile, "w"), openSync(logFile, "a")],
  })
  let exited = false
  const exit = new Promise<void>((resolve) => stack.once("exit", () => resolve()))
  void exit.then(() => (exited = true))
  const stop = async () => {
    if (!exited) {
      process.kill(-stack.pid!, "SIGINT")
      const stopped = await Promise.race([exit.then(() => true), sleep(120_000).then(() => false)])
      if (!stopped) process.kill(-stack.pid!, "SIGKILL")
    }
    removeScratch()
  }

  try {
    for (;;) {
      const info = readStackInfo(dataDir)
      if (info && (await answers(info.storefrontUrl))) {
        servePhotosFromProductionBuild(tree, dataDir)
        console.log(`storefront: the production stack answered after ${((performance.now() - started) / 1000).toFixed(0)} s.`)
        return { storefrontUrl: info.storefrontUrl, stop }
      }
      if (exited) throw new Error(`The scratch stack exited before it was ready:\n${tail(logFile)}`)
      if (performance.now() - started > STACK_START_TIMEOUT_MS) throw new Error(`The scratch stack was not ready within 30 minutes:\n${tail(logFile)}`)
      await sleep(2000)
    }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * `medusa start` runs in backend/.medusa/server and serves /static from there, while the sample
 * photos were written through backend/static into the data directory: without this link every
 * photo of a production stack answers 404. Left alone once the stack provides the folder itself.
 */
function servePhotosFromProductionBuild(tree: string, dataDir: string): void {
  const served = path.join(tree, "backend", ".medusa", "server", "static")
  if (!lstatSync(served, { throwIfNoEntry: false })) symlinkSync(path.join(dataDir, "uploads"), served, "dir")
}

/** Tracked and untracked (not ignored) files as they are on disk, and hard links to node_modules. */
function copyWorkingTree(tree: string): void {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: REPO_ROOT, encoding: "utf8" })
    .split("\0")
    .filter(Boolean)
  for (const file of files) {
    const source = path.join(REPO_ROOT, file)
    // Deleted in the working tree but still in the index.
    if (!lstatSync(source, { throwIfNoEntry: false })) continue
    cpSync(source, path.join(tree, file), { verbatimSymlinks: true, preserveTimestamps: true })
  }
  const workspaces: string[] = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")).workspaces
  // "packages/*" names every folder in packages/.
  const folders = workspaces.flatMap((pattern) =>
    pattern.endsWith("/*")
      ? readdirSync(path.join(REPO_ROOT, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => path.join(pattern.slice(0, -2), entry.name))
      : [pattern],
  )
  for (const folder of [".", ...folders]) {
    const modules = path.join(REPO_ROOT, folder, "node_modules")
    if (!existsSync(modules)) continue
    execFileSync("cp", ["-al", modules, path.join(tree, folder, "node_modules")])
    // Tool caches are rewritten in place: the copy gets its own.
    for (const cache of [".cache", ".vite"]) rmSync(path.join(tree, folder, "node_modules", cache), { recursive: true, force: true })
  }
  // The shared rules are built after an install (the root's postinstall); the copy has no install.
  execFileSync("npm", ["run", "build", "--workspace", "@ocop/domain"], { cwd: tree, stdio: "ignore" })
}

function tail(file: string): string {
  return readFileSync(file, "utf8").trim().split("\n").slice(-15).join("\n")
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
