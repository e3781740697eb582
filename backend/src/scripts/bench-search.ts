/**
 * The search benchmark: `npm run bench:search --workspace @ocop/backend` (tsx, not medusa exec).
 *
 * In a database and a Meilisearch of its own, it loads the sample catalogue, grows it to 10,000
 * and then 50,000 products (clones of the sample ones, made through Medusa's workflows), and at
 * each size measures on the same data in the same run:
 *   - indexing: the full rebuild from Postgres (documents/s) and Meilisearch's own ingestion of
 *     ready documents (documents/s);
 *   - latency: p50/p95 of the storefront's search through Meilisearch (search-only key, facets,
 *     highlights) against Medusa's `/store/products?q=`, as a ratio;
 *   - lag: from an operator's product update to the change being searchable.
 * It prints figures and asserts nothing. Its Postgres server is BENCH_DATABASE_URL, else the one
 * of a running stack (.data/stack.json), else DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD as for the
 * tests; BENCH_SEARCH_SIZES="1000,5000" changes the sizes.
 */
import { existsSync, readFileSync } from "node:fs"
import http from "node:http"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { Client } from "@medusajs/framework/pg"

const BACKEND_DIR = path.resolve(__dirname, "../..")
const REPO_ROOT = path.resolve(BACKEND_DIR, "..")
const SIZES = (process.env.BENCH_SEARCH_SIZES ?? "10000,50000").split(",").map(Number)
const QUERIES_PER_CASE = 200
const WARM_UP_QUERIES = 20
const LAG_SAMPLES = 20
const INDEX = "products"
const MASTER_KEY = `bench-master-key-${process.pid}`
const OPERATOR = { email: "admin@ocop.example.vn", password: "ocop-admin-2025" }
const CHILD_TIMEOUT_MS = 60 * 60 * 1000

// The local stack's process helpers, loaded by path: they live outside the backend's sources.
type ManagedProcess = { exited: Promise<{ code: number | null; signal: string | null }>; recentOutput(): string; stop(): Promise<void> }
type LocalServices = {
  spawnManagedProcess(options: { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv; log: (line: string) => void }): ManagedProcess
  waitForHttp(url: string, options: { what: string; timeoutMs: number; giveUpWhen?: Promise<unknown> }): Promise<Response>
  startMeilisearch(options: { dataDir: string; port: number; masterKey: string }): Promise<{ host: string; stop(): Promise<void> }>
  ensureSearchKey(host: string, masterKey: string, indexUid: string): Promise<string>
}
type Ports = { findFreePort(): Promise<number> }

type Latency = { p50: number; p95: number; mean: number; hits: number }
type SizeResult = {
  products: number
  catalogue_seconds: number
  catalogue_products_per_second: number
  reindex_documents_per_second: number
  meilisearch_ingest_documents_per_second: number
  meilisearch: Latency
  postgres: Latency
  ratio_p50: number
  ratio_p95: number
  lag_ms: { p50: number; p95: number; max: number }
}

async function main() {
  const services = (await import(path.join(REPO_ROOT, "scripts/local-services.ts"))) as LocalServices
  const { findFreePort } = (await import(path.join(REPO_ROOT, "scripts/ports.ts"))) as Ports
  const dataDir = await mkdtemp(path.join(tmpdir(), "ocop-bench-search-"))
  const database = `ocop_bench_search_${process.pid}`
  const serverUrl = postgresServerUrl()
  const cleanups: (() => Promise<unknown>)[] = [() => rm(dataDir, { recursive: true, force: true })]
  const results: SizeResult[] = []
  try {
    const meilisearch = await services.startMeilisearch({ dataDir, port: await findFreePort(), masterKey: MASTER_KEY })
    cleanups.unshift(() => meilisearch.stop())
    const searchKey = await services.ensureSearchKey(meilisearch.host, MASTER_KEY, INDEX)

    await sql(serverUrl, `CREATE DATABASE ${database}`)
    cleanups.push(() => sql(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`))
    const databaseUrl = withDatabase(serverUrl, database)
    const env = medusaEnv(databaseUrl)
    const searchEnv = { ...env, MEILISEARCH_HOST: meilisearch.host, MEILISEARCH_MASTER_KEY: MASTER_KEY, MEILISEARCH_INDEX: INDEX }
    const run = (args: string[], childEnv: NodeJS.ProcessEnv) => runMedusa(services, args, childEnv)

    say(`Database ${database} on ${new URL(serverUrl).host}; Meilisearch ${meilisearch.host}.`)
    await timed("migrations", () => run(["db:migrate"], env))
    await timed("sample catalogue", () => run(["exec", "../seed/src/load.ts"], env))

    for (const size of SIZES) {
      say(`\n== ${size.toLocaleString("en-US")} products ==`)
      // Search is off while the catalogue grows: the rebuild below indexes it, and is timed.
      const grown = parseJsonLine(await run(["exec", "./src/scripts/bench-search-catalogue.ts", String(size)], env), "catalogue")
      say(`Catalogue: ${grown.created} products created in ${grown.seconds.toFixed(1)} s (${Math.round(grown.per_second)} products/s through createProductsWorkflow).`)
      const reindexOutput = await run(["exec", "./src/scripts/reindex-product-search.ts"], searchEnv)
      const reindex = /rebuilt: (\d+) products in ([\d.]+) s/.exec(reindexOutput)
      if (!reindex) throw new Error(`The reindex did not report its figures:\n${reindexOutput.slice(-2000)}`)
      const reindexRate = Number(reindex[1]) / Number(reindex[2])
      say(`Reindex from Postgres: ${reindex[1]} documents in ${reindex[2]} s (${Math.round(reindexRate)} documents/s).`)
      const ingestRate = await measureIngestion(meilisearch.host)
      say(`Meilisearch ingestion of ready documents: ${Math.round(ingestRate)} documents/s.`)

      const port = await findFreePort()
      const backendUrl = `http://127.0.0.1:${port}`
      const backend = services.spawnManagedProcess({
        command: medusaBinary(),
        args: ["start"],
        cwd: BACKEND_DIR,
        env: { ...searchEnv, PORT: String(port), MEDUSA_BACKEND_URL: backendUrl },
        log: () => {},
      })
      try {
        await services.waitForHttp(`${backendUrl}/health`, { what: "The benchmark backend", timeoutMs: 300_000, giveUpWhen: backend.exited })
        const store = await storeAccess(databaseUrl, backendUrl)
        const queries = await buildQueries(databaseUrl)
        const meili = await measure(queries, (q) => searchMeilisearch(meilisearch.host, searchKey, q))
        const postgres = await measure(queries, (q) => searchPostgres(backendUrl, store, q))
        say(`Meilisearch (storefront query): p50 ${meili.p50.toFixed(1)} ms, p95 ${meili.p95.toFixed(1)} ms, mean ${meili.mean.toFixed(1)} ms`)
        say(`Medusa /store/products?q=:      p50 ${postgres.p50.toFixed(1)} ms, p95 ${postgres.p95.toFixed(1)} ms, mean ${postgres.mean.toFixed(1)} ms`)
        say(`Postgres / Meilisearch: ${(postgres.p50 / meili.p50).toFixed(1)}× at p50, ${(postgres.p95 / meili.p95).toFixed(1)}× at p95`)
        const lag = await measureLag(backendUrl, meilisearch.host, searchKey)
        say(`Update → searchable: p50 ${lag.p50.toFixed(0)} ms, p95 ${lag.p95.toFixed(0)} ms, max ${lag.max.toFixed(0)} ms (${LAG_SAMPLES} product updates)`)
        results.push({
          products: Number(reindex[1]),
          catalogue_seconds: grown.seconds,
          catalogue_products_per_second: grown.per_second,
          reindex_documents_per_second: reindexRate,
          meilisearch_ingest_documents_per_second: ingestRate,
          meilisearch: meili,
          postgres,
          ratio_p50: postgres.p50 / meili.p50,
          ratio_p95: postgres.p95 / meili.p95,
          lag_ms: lag,
        })
      } finally {
        await backend.stop()
      }
    }
    say(`\n${JSON.stringify({ bench: "search", queries_per_case: QUERIES_PER_CASE, results }, null, 2)}`)
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((error) => say(`Cleanup: ${(error as Error).message}`))
  }
}

function say(line: string) {
  process.stdout.write(`${line}\n`)
}

async function timed<T>(what: string, job: () => Promise<T>): Promise<T> {
  const startedAt = performance.now()
  const result = await job()
  say(`${what}: ${((performance.now() - startedAt) / 1000).toFixed(1)} s`)
  return result
}

function postgresServerUrl(): string {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL
  const stackFile = path.join(REPO_ROOT, ".data/stack.json")
  if (existsSync(stackFile)) return (JSON.parse(readFileSync(stackFile, "utf8")) as { databaseUrl: string }).databaseUrl
  const user = process.env.DB_USERNAME ?? "postgres"
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? "5432"}/postgres`
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

async function sql<T = Record<string, unknown>>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as T[]
  } finally {
    await client.end()
  }
}

function medusaEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("MEILISEARCH_")))
  return {
    ...env,
    DATABASE_URL: databaseUrl,
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_WORKER_MODE: "shared",
    // The sample catalogue's photos go to a scratch folder, not the static folder a stack serves.
    MEDUSA_UPLOAD_DIR: path.join(tmpdir(), "ocop-bench-uploads"),
  }
}

function medusaBinary(): string {
  return path.join(REPO_ROOT, "node_modules/.bin/medusa")
}

/** Runs a medusa command to completion and returns what it printed. */
async function runMedusa(services: LocalServices, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const lines: string[] = []
  const child = services.spawnManagedProcess({ command: medusaBinary(), args, cwd: BACKEND_DIR, env, log: (line) => lines.push(line) })
  const timeout = setTimeout(() => void child.stop(), CHILD_TIMEOUT_MS)
  const exit = await child.exited
  clearTimeout(timeout)
  if (exit.code !== 0) throw new Error(`medusa ${args.join(" ")} failed (${exit.code ?? exit.signal}):\n${lines.slice(-40).join("\n")}`)
  return lines.join("\n")
}

function parseJsonLine(output: string, bench: string): Record<string, any> {
  const line = output.split("\n").find((l) => l.includes(`"bench":"${bench}"`))
  if (!line) throw new Error(`No "${bench}" figures in:\n${output.slice(-2000)}`)
  return JSON.parse(line.slice(line.indexOf("{")))
}

/**
 * One keep-alive connection pool for every request, Meilisearch's and Medusa's alike, with the
 * body sent with the headers, as a browser does: the figures are the servers', not the client's.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 })

function request(method: string, url: string, headers: Record<string, string>, body?: unknown): Promise<any> {
  const payload = body === undefined ? undefined : JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: {
          ...headers,
          ...(payload === undefined ? {} : { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on("data", (chunk: Buffer) => chunks.push(chunk))
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          if ((res.statusCode ?? 500) >= 300) reject(new Error(`${method} ${url}: HTTP ${res.statusCode} ${text.slice(0, 500)}`))
          else resolve(text ? JSON.parse(text) : null)
        })
        res.on("error", reject)
      }
    )
    req.on("error", reject)
    req.end(payload)
  })
}

function meilisearch(host: string, key: string, method: string, route: string, body?: unknown): Promise<any> {
  return request(method, `${host}${route}`, { Authorization: `Bearer ${key}` }, body)
}

async function waitForTasks(host: string, uids: number[]): Promise<void> {
  for (const uid of uids) {
    for (;;) {
      const task = await meilisearch(host, MASTER_KEY, "GET", `/tasks/${uid}`)
      if (task.status === "succeeded") break
      if (task.status === "failed" || task.status === "canceled") throw new Error(`Meilisearch task ${uid} ${task.status}`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
}

/** Meilisearch alone: the live index's documents, added again to a scratch index with the same settings. */
async function measureIngestion(host: string): Promise<number> {
  const documents: unknown[] = []
  for (let offset = 0; ; offset += 10_000) {
    const page = await meilisearch(host, MASTER_KEY, "GET", `/indexes/${INDEX}/documents?limit=10000&offset=${offset}`)
    documents.push(...page.results)
    if (page.results.length < 10_000) break
  }
  const scratch = `${INDEX}_bench_ingest`
  const settings = await meilisearch(host, MASTER_KEY, "GET", `/indexes/${INDEX}/settings`)
  await waitForTasks(host, [(await meilisearch(host, MASTER_KEY, "POST", "/indexes", { uid: scratch, primaryKey: "id" })).taskUid])
  await waitForTasks(host, [(await meilisearch(host, MASTER_KEY, "PATCH", `/indexes/${scratch}/settings`, settings)).taskUid])
  const startedAt = performance.now()
  const tasks: number[] = []
  for (let start = 0; start < documents.length; start += 5_000) {
    tasks.push((await meilisearch(host, MASTER_KEY, "POST", `/indexes/${scratch}/documents`, documents.slice(start, start + 5_000))).taskUid)
  }
  await waitForTasks(host, tasks)
  const seconds = (performance.now() - startedAt) / 1000
  await waitForTasks(host, [(await meilisearch(host, MASTER_KEY, "DELETE", `/indexes/${scratch}`)).taskUid])
  return documents.length / seconds
}

type StoreAccess = { publishableKey: string; regionId: string }

async function storeAccess(databaseUrl: string, backendUrl: string): Promise<StoreAccess> {
  const [key] = await sql<{ token: string }>(databaseUrl, "SELECT token FROM api_key WHERE title = $1 AND type = 'publishable'", [
    "OCOP Market web shop",
  ])
  const publishableKey = key!.token
  const regions = await request("GET", `${backendUrl}/store/regions`, { "x-publishable-api-key": publishableKey })
  const region = (regions.regions as { id: string; currency_code: string }[]).find((r) => r.currency_code === "vnd")!
  return { publishableKey, regionId: region.id }
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()

/** One letter swapped in the longest word: how a hurried thumb types. */
function withTypo(text: string): string {
  const words = text.split(" ")
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a))
  const i = Math.floor(longest.length / 2)
  const typo = longest.length > 3 ? longest.slice(0, i - 1) + longest[i] + longest[i - 1] + longest.slice(i + 1) : longest
  return words.map((w) => (w === longest ? typo : w)).join(" ")
}

/** What buyers type, built from the sample titles: as written, without diacritics, shortened, misspelt; plus places and English. */
async function buildQueries(databaseUrl: string): Promise<string[]> {
  const rows = await sql<{ title: string }>(
    databaseUrl,
    "SELECT title FROM product WHERE deleted_at IS NULL AND (metadata->>'bench_clone') IS NULL ORDER BY created_at"
  )
  const pool = rows.flatMap(({ title }) => {
    const folded = fold(title)
    return [title, folded, folded.split(" ").slice(0, 2).join(" "), withTypo(folded)]
  })
  pool.push("hai hau", "na ri", "bac kan", "Hải Hậu", "Thái Nguyên", "fish sauce", "honey", "green tea", "htx", "dac san", "mat ong", "tra")
  // A fixed shuffle, so every run and both engines get the same queries in the same order.
  let seed = 42
  const shuffled = [...pool].sort(() => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31 - 0.5
  })
  return Array.from({ length: QUERIES_PER_CASE }, (_, i) => shuffled[i % shuffled.length]!)
}

/** The results page's request: a page of hits with facet counts and highlighted titles. */
async function searchMeilisearch(host: string, key: string, q: string): Promise<number> {
  const result = await meilisearch(host, key, "POST", `/indexes/${INDEX}/search`, {
    q,
    limit: 20,
    facets: ["star_rating", "province", "industry", "product_set"],
    attributesToHighlight: ["title"],
    attributesToRetrieve: ["id", "handle", "title", "thumbnail", "price_vnd", "star_rating", "producer_name", "province", "in_stock"],
  })
  return result.estimatedTotalHits as number
}

/** The same page from Medusa's store API: a page of products with prices, filtered by its `q`. */
async function searchPostgres(backendUrl: string, store: StoreAccess, q: string): Promise<number> {
  const params = new URLSearchParams({ q, limit: "20", region_id: store.regionId, fields: "*variants.calculated_price" })
  const result = await request("GET", `${backendUrl}/store/products?${params}`, { "x-publishable-api-key": store.publishableKey })
  return result.count as number
}

async function measure(queries: string[], search: (q: string) => Promise<number>): Promise<Latency> {
  for (const q of queries.slice(0, WARM_UP_QUERIES)) await search(q)
  const timings: number[] = []
  let hits = 0
  for (const q of queries) {
    const startedAt = performance.now()
    hits += (await search(q)) > 0 ? 1 : 0
    timings.push(performance.now() - startedAt)
  }
  return { ...percentiles(timings), mean: timings.reduce((a, b) => a + b, 0) / timings.length, hits }
}

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! }
}

/** An operator renames a product through the Admin API; the lag ends when a buyer's search finds the new name. */
async function measureLag(backendUrl: string, host: string, searchKey: string) {
  const login = await request("POST", `${backendUrl}/auth/user/emailpass`, {}, OPERATOR)
  const admin = { authorization: `Bearer ${login.token}` }
  const { hits } = await meilisearch(host, searchKey, "POST", `/indexes/${INDEX}/search`, { q: "", limit: LAG_SAMPLES, offset: 100 })
  const lags: number[] = []
  for (const [i, hit] of (hits as { id: string; title: string }[]).entries()) {
    const word = `benchlag${i}x${Date.now().toString(36)}`
    const startedAt = performance.now()
    await request("POST", `${backendUrl}/admin/products/${hit.id}`, admin, { title: `${hit.title} ${word}` })
    for (;;) {
      const found = await meilisearch(host, searchKey, "POST", `/indexes/${INDEX}/search`, { q: word, limit: 5, attributesToRetrieve: ["id"] })
      if (found.hits.some((h: { id: string }) => h.id === hit.id)) break
      if (performance.now() - startedAt > 30_000) throw new Error(`${hit.id} was not searchable 30 s after its update.`)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    lags.push(performance.now() - startedAt)
  }
  return percentiles(lags)
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`)
  process.exitCode = 1
})
