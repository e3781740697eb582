/**
 * The backend as production runs it, in processes of its own, for the suites that scale it out,
 * kill it and restart it (scale-out.test.ts, crash-safety.test.ts): one `medusa build` for the code
 * as it is, a fresh database on the tests' Postgres migrated and set up as `npm start` does it, and
 * `medusa start` processes that a test stops, or kills outright.
 */
import { randomBytes } from "node:crypto"
import { existsSync } from "node:fs"
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import pg from "pg"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "@ocop/backend/store-setup"
import { describeExit, ensureDatabase, spawnManagedProcess, waitForHttp, type ChildExit, type LogLine } from "./local-services"
import { findFreePort } from "./ports"
import { localBinary, migrationInputsFingerprint } from "./stack"

const REPO_ROOT = path.resolve(__dirname, "..")
const BACKEND_DIR = path.join(REPO_ROOT, "backend")
/** Where `medusa build` writes the standalone server, which finds its packages in the workspace above it. */
const SERVER_DIR = path.join(BACKEND_DIR, ".medusa", "server")
/** The fingerprint of the sources the build in SERVER_DIR was made from; the build's clean-up removes it. */
const BUILT_FROM = path.join(SERVER_DIR, ".built-from")
const START_TIMEOUT_MS = 3 * 60_000

/** Settings a developer's shell may hold that would point a test's backend at their own services. */
const INHERITED_SETTINGS = [
  "DATABASE_URL",
  "REDIS_URL",
  "MEDUSA_WORKER_MODE",
  "MEILISEARCH_HOST",
  "MEILISEARCH_MASTER_KEY",
  "MEILISEARCH_INDEX",
  "REVALIDATE_SECRET",
  "STOREFRONT_URL",
  "STOREFRONT_REVALIDATE_URLS",
  "STRIPE_API_KEY",
  "PORT",
]

/** Runs a command to its end, failing with its last words. */
async function runToCompletion(what: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, log: LogLine): Promise<void> {
  const task = spawnManagedProcess({ command, args, cwd, env, log })
  const exit = await task.exited
  if (exit.code !== 0) throw new Error(`The ${what} failed (${describeExit(exit)}). Its last words:\n${task.recentOutput()}`)
}

/** `medusa build` without the Admin's bundle (no test opens it), unless the build there is of these very sources. */
export async function buildBackendOnce(log: LogLine): Promise<void> {
  const inputs = await migrationInputsFingerprint()
  if ((await readFile(BUILT_FROM, "utf8").catch(() => undefined)) === inputs) {
    log("The backend build in backend/.medusa/server is of the current sources: using it.")
    return
  }
  log("Building the backend (medusa build)…")
  const started = Date.now()
  const lines: string[] = []
  const build = spawnManagedProcess({ command: localBinary("medusa", BACKEND_DIR), args: ["build"], cwd: BACKEND_DIR, env: buildEnv(), log: (line) => lines.push(line) })
  const exit = await build.exited
  // Type errors fail `medusa build` after it has written the server; `npm run typecheck` is where
  // they are reported, and what runs is the JavaScript, so they need not stop these suites.
  const emittedDespiteTypeErrors = lines.some((line) => line.includes("Backend build completed with errors")) && existsSync(path.join(SERVER_DIR, "medusa-config.js"))
  if (exit.code !== 0 && !emittedDespiteTypeErrors) {
    throw new Error(`The backend build failed (${describeExit(exit)}). Its last words:\n${lines.slice(-40).join("\n")}`)
  }
  if (exit.code !== 0) log(`The backend build reported type errors (see npm run typecheck); using the server it wrote.`)
  await writeFile(BUILT_FROM, inputs)
  log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`)
}

function buildEnv(): NodeJS.ProcessEnv {
  return { ...withoutInheritedSettings(process.env), DISABLE_MEDUSA_ADMIN: "true", MEDUSA_DISABLE_TELEMETRY: "true" }
}

function withoutInheritedSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !INHERITED_SETTINGS.includes(name)))
}

/** The Postgres the backend integration tests use: DB_HOST and the rest, else the one on localhost:5432. */
function testPostgres() {
  return {
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD ?? "",
  }
}

function databaseUrl(name: string): string {
  const { host, port, user, password } = testPostgres()
  const credentials = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : encodeURIComponent(user)
  return `postgres://${credentials}@${host}:${port}/${name}`
}

export type TestDatabase = {
  url: string
  /** One SQL statement on it, for what a test checks that no API shows (links, reservations, executions). */
  query: <Row extends object>(sql: string, values?: unknown[]) => Promise<Row[]>
  drop: () => Promise<void>
}

/** A new, empty database of the suite's own on the tests' Postgres. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`
  await ensureDatabase(databaseUrl("postgres"), name)
  const pool = new pg.Pool({ connectionString: databaseUrl(name), max: 4 })
  // An idle connection the database's drop ends is no failure.
  pool.on("error", () => {})
  return {
    url: databaseUrl(name),
    query: async <Row extends object>(sql: string, values: unknown[] = []) => (await pool.query<Row>(sql, values)).rows,
    drop: async () => {
      await pool.end()
      const admin = new pg.Client({ connectionString: databaseUrl("postgres") })
      await admin.connect()
      try {
        await admin.query(`drop database if exists ${admin.escapeIdentifier(name)} with (force)`)
      } finally {
        await admin.end()
      }
    },
  }
}

/** What every backend process of a suite shares: its database, its secrets, no Admin bundle, no telemetry. */
export function backendEnv(database: TestDatabase, uploadDir: string): NodeJS.ProcessEnv {
  return {
    ...withoutInheritedSettings(process.env),
    DATABASE_URL: database.url,
    // Production refuses short or published secrets; every process of the suite must share them.
    JWT_SECRET: randomBytes(32).toString("base64url"),
    COOKIE_SECRET: randomBytes(32).toString("base64url"),
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_UPLOAD_DIR: uploadDir,
  }
}

/** What `backend/integration-tests/set-up-test-shop.ts` is asked to make. */
export type TestShopRequest = {
  operator: { email: string; password: string }
  /**
   * Packs by name: each is a product of its own producer, `stock` packs at the producer's location;
   * with `showroomStock` also sold at the Hải Hậu showroom's counter with that many there, `gtin` its barcode.
   */
  packs: Record<string, { priceVnd: number; stock: number; showroomStock?: number; gtin?: string }>
  /** Staff of the Hải Hậu showroom's counter, signing in at /auth/pos_staff/emailpass. */
  posStaff?: { email: string; password: string; role: "cashier" | "manager" }[]
}

/** What it made: the suites reach the shop only through HTTP and SQL. */
export type TestShop = {
  publishableKey: string
  regionId: string
  /** Where the suites' buyers live: Hải Hậu, with the 2025 codes the checkout sends. */
  shippingAddress: Record<string, unknown>
  /** As the fixtures' createTestPack makes them. */
  packs: Record<string, { variantId: string; productId: string; productHandle: string; inventoryItemId: string; producerId: string; locationId: string }>
}

/**
 * Migrates the database (which runs the store setup, as `npm start`'s first start does), then
 * makes the operator and the packs the suite asks for.
 */
export async function setUpTestShop(env: NodeJS.ProcessEnv, request: TestShopRequest, log: LogLine): Promise<TestShop> {
  const medusa = localBinary("medusa", BACKEND_DIR)
  log("Migrating the database (with the store setup)…")
  await runToCompletion("database migration", medusa, ["db:migrate"], BACKEND_DIR, env, () => {})
  const folder = await mkdtemp(path.join(tmpdir(), "ocop-test-shop-"))
  try {
    const requestFile = path.join(folder, "request.json")
    const resultFile = path.join(folder, "shop.json")
    await writeFile(requestFile, JSON.stringify(request))
    log("Adding the operator and the test packs…")
    await runToCompletion("test shop set-up", medusa, ["exec", "./integration-tests/set-up-test-shop.ts", resultFile, requestFile], BACKEND_DIR, env, () => {})
    return JSON.parse(await readFile(resultFile, "utf8")) as TestShop
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

export type BackendProcess = {
  name: string
  url: string
  pid: number
  exited: Promise<ChildExit>
  /** Every line it printed. */
  output: () => string[]
  /** A clean shutdown (SIGTERM, then SIGKILL after a grace period). */
  stop: () => Promise<void>
  /** SIGKILL: the process ends mid-step, as in a crash or an out-of-memory kill. */
  kill: () => Promise<void>
}

/** `medusa start` of the build, in production mode, answering on a free port once /health does. */
export async function startBackend(name: string, env: NodeJS.ProcessEnv): Promise<BackendProcess> {
  const port = await findFreePort()
  const lines: string[] = []
  const server = spawnManagedProcess({
    command: localBinary("medusa", BACKEND_DIR),
    args: ["start"],
    cwd: SERVER_DIR,
    env: { ...env, NODE_ENV: "production", PORT: String(port) },
    log: (line) => lines.push(line),
  })
  const url = `http://127.0.0.1:${port}`
  const backend: BackendProcess = {
    name,
    url,
    pid: server.pid,
    exited: server.exited,
    output: () => lines,
    stop: server.stop,
    kill: async () => {
      try {
        process.kill(-server.pid, "SIGKILL")
      } catch {
        // Already gone.
      }
      await server.exited
    },
  }
  try {
    await waitForHttp(`${url}/health`, { what: `The backend (${name})`, timeoutMs: START_TIMEOUT_MS, giveUpWhen: server.exited })
  } catch (error) {
    await server.stop()
    throw new Error(`${(error as Error).message} Its last words:\n${lines.slice(-40).join("\n")}`)
  }
  return backend
}

export type ApiAnswer = { status: number; body: any }

/** A guest buyer on the store API at `baseUrl`, as the storefront calls it. */
export function guestBuyer(baseUrl: string, shop: TestShop) {
  const call = async (method: "GET" | "POST", route: string, body?: unknown): Promise<ApiAnswer> => {
    const response = await fetch(new URL(route, baseUrl), {
      method,
      headers: { "content-type": "application/json", "x-publishable-api-key": shop.publishableKey },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // Not JSON (a proxy's or a crash's answer): kept as text.
    }
    return { status: response.status, body: parsed }
  }
  const expectOk = async (method: "GET" | "POST", route: string, body?: unknown) => {
    const answer = await call(method, route, body)
    if (answer.status >= 300) throw new Error(`${method} ${route} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`)
    return answer.body
  }
  return {
    /** A cart of `email` with one line, delivered to Hải Hậu by standard delivery, paid cash on delivery: ready to complete. */
    async readyCart(email: string, variantId: string, quantity = 1): Promise<string> {
      const { cart } = await expectOk("POST", "/store/carts", { region_id: shop.regionId })
      await expectOk("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity })
      await expectOk("POST", `/store/carts/${cart.id}`, { email, shipping_address: shop.shippingAddress })
      await expectOk("POST", `/store/carts/${cart.id}/delivery`, { kind: "standard" })
      const { payment_collection } = await expectOk("POST", "/store/payment-collections", { cart_id: cart.id })
      await expectOk("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: CASH_ON_DELIVERY_PROVIDER_ID })
      return cart.id as string
    },
    /** Places the order: `type: "order"` with the order, or the refusal. */
    complete: (cartId: string) => call("POST", `/store/carts/${cartId}/complete`, {}),
  }
}
