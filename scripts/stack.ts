/**
 * The newcomer's one command. `npm start` runs Postgres and Meilisearch locally (unless
 * DATABASE_URL / MEILISEARCH_HOST point elsewhere), migrates (which creates the shop itself: region,
 * channels, shipping, payment, publishable key), loads the sample catalogue into a database with no
 * products, then serves Medusa on :9000 (Admin at /app) and the storefront on :8000.
 * `--production` builds both and serves the builds instead of the dev servers.
 * `npm run stack:reset` stops whatever a stack killed outright left running, then deletes the local
 * data in .data/.
 */
import { createHash, randomBytes } from "node:crypto"
import { existsSync } from "node:fs"
import { lstat, mkdir, readdir, readFile, readlink, rm, symlink, writeFile } from "node:fs/promises"
import path from "node:path"
import { performance } from "node:perf_hooks"
import pg from "pg"
import { PUBLISHABLE_KEY_TITLE } from "@ocop/backend/store-setup"
import {
  describeExit,
  ensureDatabase,
  ensureSearchKey,
  isProcessAlive,
  liveProcessFromPidFile,
  removePostgresHome,
  spawnManagedProcess,
  startEmbeddedPostgres,
  startMeilisearch,
  stopAllManagedProcesses,
  stopLeftovers,
  waitForHttp,
  writePidFile,
  type ChildExit,
  type LogLine,
  type ManagedProcess,
} from "./local-services"
import { assertPortFree } from "./ports"
import { DEMO_ACCOUNTS, demoAccountsWanted } from "../seed/src/demo-accounts"

/** What .data/stack.json holds while a stack runs: how tests, scripts and benchmarks find it. */
export interface StackInfo {
  backendUrl: string
  storefrontUrl: string
  adminUrl: string
  publishableKey: string
  meilisearchHost: string
  meilisearchSearchKey: string
  meilisearchIndex: string
  databaseUrl: string
  startedAt: string
  mode: "development" | "production"
  pid: number
}

const REPO_ROOT = path.resolve(__dirname, "..")
const BACKEND_DIR = path.join(REPO_ROOT, "backend")
const STOREFRONT_DIR = path.join(REPO_ROOT, "storefront")
// OCOP_DATA_DIR lets a benchmark run a stack from empty without touching the developer's data.
const DATA_DIR = process.env.OCOP_DATA_DIR ? path.resolve(process.env.OCOP_DATA_DIR) : path.join(REPO_ROOT, ".data")
const DATA = {
  postgres: path.join(DATA_DIR, "postgres"),
  meilisearch: path.join(DATA_DIR, "meilisearch"),
  secrets: path.join(DATA_DIR, "secrets.json"),
  stackInfo: path.join(DATA_DIR, "stack.json"),
  /** Written once the store answers: the storefront starts first and reads its key from here. */
  publishableKey: path.join(DATA_DIR, "publishable-key"),
  pidFile: path.join(DATA_DIR, "stack.pid"),
  /** One pid file per child while it runs: what a start or a reset stops if a stack was killed outright. */
  pids: path.join(DATA_DIR, "pids"),
  /** The fingerprint of the code the embedded database was last migrated for. */
  migratedInputs: path.join(DATA_DIR, "migrated-inputs.sha256"),
  /** Uploaded photos: Medusa serves backend/static at /static, which points here. */
  uploads: path.join(DATA_DIR, "uploads"),
}

const DATABASE_NAME = "ocop_market"
const SEARCH_INDEX = "products"
const BACKEND_START_TIMEOUT_MS = 5 * 60_000
const STOREFRONT_FIRST_PAGE_TIMEOUT_MS = 5 * 60_000

const PORTS = {
  backend: portFromEnv("BACKEND_PORT", 9000),
  storefront: portFromEnv("STOREFRONT_PORT", 8000),
  postgres: portFromEnv("PGPORT_EMBEDDED", 5433),
  meilisearch: portFromEnv("MEILI_PORT_EMBEDDED", 7700),
}
const BACKEND_URL = `http://localhost:${PORTS.backend}`
const STOREFRONT_URL = `http://localhost:${PORTS.storefront}`

const TAG_WIDTH = "[storefront]".length
function tagged(tag: string): LogLine {
  const prefix = `[${tag}]`.padEnd(TAG_WIDTH)
  return (line) => console.log(`${prefix} ${line}`)
}
const say = tagged("stack")

function portFromEnv(variable: string, fallback: number): number {
  const value = process.env[variable]
  if (!value) return fallback
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${variable}=${value} is not a port number.`)
  }
  return port
}

/** A child's pid file is named after it: `.data/pids/embedded-meilisearch.pid`. */
function pidFileFor(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")
  return path.join(DATA.pids, `${slug}.pid`)
}

/** Shutdown stops the apps (and any migration or seed under way) before what they use. */
const STOP_ORDER = { app: 0, search: 1, database: 2 } as const
type ServiceKind = keyof typeof STOP_ORDER

interface Stoppable {
  name: string
  kind: ServiceKind
  stop: () => Promise<void>
}

/**
 * Everything this command started. Shutdown stops apps before services, and within a kind the
 * last started first. A service that exits on its own takes the whole stack down with it.
 */
class RunningStack {
  private readonly running: Stoppable[] = []
  private shuttingDown = false

  get isShuttingDown(): boolean {
    return this.shuttingDown
  }

  keepRunning(
    name: string,
    kind: ServiceKind,
    service: { exited: Promise<ChildExit>; stop: () => Promise<void> },
  ): void {
    const entry = { name, kind, stop: service.stop }
    this.running.push(entry)
    void service.exited.then((exit) => {
      if (this.shuttingDown) return
      this.running.splice(this.running.indexOf(entry), 1)
      say(`The ${name} stopped unexpectedly (${describeExit(exit)}); stopping the rest of the stack.`)
      void this.shutdown(1)
    })
  }

  /** Runs a command to completion, stopping it too if the stack is stopped meanwhile. */
  async runToCompletion(options: {
    name: string
    tag: string
    command: string
    args: string[]
    cwd: string
    env: NodeJS.ProcessEnv
  }): Promise<void> {
    const { command, args, cwd, env } = options
    const task = spawnManagedProcess({
      command,
      args,
      cwd,
      env,
      log: tagged(options.tag),
      pidFile: { path: pidFileFor(options.name), what: options.name },
    })
    const entry: Stoppable = { name: options.name, kind: "app", stop: task.stop }
    this.running.push(entry)
    const exit = await task.exited
    this.running.splice(this.running.indexOf(entry), 1)
    // Stopped by a shutdown: what follows it in the start-up must not run against a stopping stack.
    if (this.shuttingDown) throw new Error(`The ${options.name} was stopped with the stack.`)
    if (exit.code !== 0) {
      throw new Error(`The ${options.name} failed (${describeExit(exit)}); see the [${options.tag}] lines above.`)
    }
  }

  async shutdown(exitCode: number): Promise<void> {
    if (this.shuttingDown) return
    this.shuttingDown = true
    try {
      let anythingRan = this.running.length > 0
      const stopOrder = [...this.running].reverse().sort((a, b) => STOP_ORDER[a.kind] - STOP_ORDER[b.kind])
      for (const service of stopOrder) {
        say(`Stopping the ${service.name}…`)
        await service.stop()
      }
      // Then whatever was still starting (Postgres before it answers, initdb, Meilisearch before its
      // health check passes): no one had taken charge of those yet.
      if ((await stopAllManagedProcesses()) > 0) anythingRan = true
      // A second stack refused for this data directory must not erase the files of the one running.
      if (liveProcessFromPidFile(DATA.pidFile)?.pid === process.pid) {
        await rm(DATA.stackInfo, { force: true })
        await rm(DATA.pidFile, { force: true })
      }
      if (anythingRan) say(exitCode === 0 ? "Stopped." : "Stopped after a failure.")
    } finally {
      process.exit(exitCode)
    }
  }
}

async function startStack(stack: RunningStack, mode: StackInfo["mode"]): Promise<void> {
  const startedAt = new Date()
  const usesEmbeddedPostgres = !process.env.DATABASE_URL
  const externalMeilisearch = externalMeilisearchFromEnv()

  await mkdir(DATA_DIR, { recursive: true })
  const otherStack = liveProcessFromPidFile(DATA.pidFile)
  if (otherStack) {
    throw new Error(
      `An OCOP Market stack already runs with the data in ${DATA_DIR} (pid ${otherStack.pid}). Stop it ` +
        `(Ctrl-C in its terminal), or give this one its own OCOP_DATA_DIR and ports.`,
    )
  }
  writePidFile(DATA.pidFile, { pid: process.pid, stopSignal: "SIGINT", what: "stack" })
  // A stack killed outright (SIGKILL, a crash) could not stop its children: they would hold the
  // ports the checks below look at, and the data directories.
  await stopLeftovers(DATA.pids, say)

  await assertPortFree(PORTS.backend, "Medusa backend", "set BACKEND_PORT to another port")
  await assertPortFree(PORTS.storefront, "storefront", "set STOREFRONT_PORT to another port")
  if (usesEmbeddedPostgres) {
    await assertPortFree(
      PORTS.postgres,
      "embedded Postgres",
      "set PGPORT_EMBEDDED to another port, or DATABASE_URL to your own Postgres",
    )
  }
  if (!externalMeilisearch) {
    await assertPortFree(
      PORTS.meilisearch,
      "embedded Meilisearch",
      "set MEILI_PORT_EMBEDDED to another port, or MEILISEARCH_HOST to your own Meilisearch",
    )
  }

  await keepUploadsInData()
  // Left by a stack that was killed outright; readers must not find them until we are ready.
  await rm(DATA.stackInfo, { force: true })
  await rm(DATA.publishableKey, { force: true })
  const secrets = await loadSecrets()

  // Both settle before a failure is reported, so a service that did start is known to the stack
  // and stopped with it instead of being left running.
  const [database, searchService] = await Promise.allSettled([
    provideDatabase(stack),
    externalMeilisearch
      ? checkExternalMeilisearch(externalMeilisearch)
      : startLocalMeilisearch(stack, secrets.meilisearchMasterKey),
  ])
  if (database.status === "rejected") throw database.reason
  if (searchService.status === "rejected") throw searchService.reason
  const databaseUrl = database.value
  const search = searchService.value
  const searchKey = await ensureSearchKey(search.host, search.masterKey, SEARCH_INDEX)

  const backendEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    JWT_SECRET: secrets.jwtSecret,
    COOKIE_SECRET: secrets.cookieSecret,
    MEILISEARCH_HOST: search.host,
    MEILISEARCH_MASTER_KEY: search.masterKey,
    MEILISEARCH_INDEX: SEARCH_INDEX,
    MEDUSA_BACKEND_URL: BACKEND_URL,
    STOREFRONT_URL,
    REVALIDATE_SECRET: secrets.revalidateSecret,
    STORE_CORS: process.env.STORE_CORS ?? STOREFRONT_URL,
    ADMIN_CORS: process.env.ADMIN_CORS ?? BACKEND_URL,
    AUTH_CORS: process.env.AUTH_CORS ?? `${BACKEND_URL},${STOREFRONT_URL}`,
    PORT: String(PORTS.backend),
    // Telemetry calls would wait on networks that block them, and a newcomer never agreed to them.
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  const storefrontEnv: NodeJS.ProcessEnv = {
    ...withoutBackendSecrets(process.env),
    NEXT_PUBLIC_MEDUSA_BACKEND_URL: BACKEND_URL,
    // The storefront shows "the shop is starting" until this file holds the key.
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: "",
    MEDUSA_PUBLISHABLE_KEY_FILE: DATA.publishableKey,
    NEXT_PUBLIC_MEILISEARCH_HOST: search.host,
    NEXT_PUBLIC_MEILISEARCH_SEARCH_KEY: searchKey,
    NEXT_PUBLIC_MEILISEARCH_INDEX: SEARCH_INDEX,
    STOREFRONT_URL,
    REVALIDATE_SECRET: secrets.revalidateSecret,
    NEXT_TELEMETRY_DISABLED: "1",
  }

  // The storefront boots beside the migrations and the seed: a newcomer who opens it at once gets
  // a page saying the shop is starting, and the dev server compiles it meanwhile.
  const storefront = startStorefront(stack, mode, storefrontEnv)
  void warmStorefront(stack, storefront)

  await migrateUnlessUnchanged(stack, backendEnv, usesEmbeddedPostgres)
  // The photos take most of a cold start: the products go in first, the shop opens, then the
  // photos are drawn and encoded while the buyer can already browse.
  const loadsSamples = (await countProducts(databaseUrl)) === 0
  const loadSamples = (part: "products" | "photos") =>
    stack.runToCompletion({
      name: `sample catalogue load (${part})`,
      tag: "seed",
      command: "npm",
      args: ["run", "seed", "--workspace", "@ocop/backend", "--", part],
      cwd: REPO_ROOT,
      // A production stack's seed is a production seed: no demo logins with published passwords.
      env: mode === "production" ? { ...backendEnv, NODE_ENV: "production" } : backendEnv,
    })
  if (loadsSamples) {
    say("The database has no products yet: loading the sample catalogue, photos last.")
    await loadSamples("products")
  }
  const publishableKey = await readPublishableKey(databaseUrl)
  if (!publishableKey) {
    throw new Error(
      "The database has no publishable API key, which the storefront needs to call the store API. " +
        "The store setup creates one: run `npm run migrate --workspace @ocop/backend` with this stack's database.",
    )
  }

  const backend = await startBackend(stack, mode, backendEnv)
  await waitForHttp(`${BACKEND_URL}/health`, {
    what: "The backend",
    timeoutMs: BACKEND_START_TIMEOUT_MS,
    giveUpWhen: backend.exited,
  })
  await writeFile(DATA.publishableKey, `${publishableKey}\n`, { mode: 0o600 })
  await warmStorefront(stack, storefront)
  // Also after a start that stopped while drawing them.
  if (loadsSamples || (await countSampleProductsWithoutPhotos(databaseUrl)) > 0) {
    say("The shop is open with its catalogue; drawing the sample photos.")
    await loadSamples("photos")
  }

  const info: StackInfo = {
    backendUrl: BACKEND_URL,
    storefrontUrl: STOREFRONT_URL,
    adminUrl: `${BACKEND_URL}/app`,
    publishableKey,
    meilisearchHost: search.host,
    meilisearchSearchKey: searchKey,
    meilisearchIndex: SEARCH_INDEX,
    databaseUrl,
    startedAt: startedAt.toISOString(),
    mode,
    pid: process.pid,
  }
  await writeFile(DATA.stackInfo, `${JSON.stringify(info, null, 2)}\n`)
  printBanner(info, performance.now() / 1000)
}

/**
 * `medusa db:migrate` takes about ten seconds even with nothing to do. What it does depends only on
 * the backend's code and the installed packages, so while those are byte for byte as at the last
 * successful migration of the embedded database, we skip it. A database from DATABASE_URL can
 * change behind our back, so it is always migrated.
 */
async function migrateUnlessUnchanged(
  stack: RunningStack,
  env: NodeJS.ProcessEnv,
  usesEmbeddedPostgres: boolean,
): Promise<void> {
  const inputs = await migrationInputsFingerprint()
  const lastMigrated = await readFile(DATA.migratedInputs, "utf8").catch(() => undefined)
  if (usesEmbeddedPostgres && lastMigrated === inputs) {
    say("The backend code and packages are unchanged since the last migration: skipping it.")
    return
  }
  await stack.runToCompletion({
    name: "database migration",
    tag: "migrate",
    command: localBinary("medusa", BACKEND_DIR),
    args: ["db:migrate"],
    cwd: BACKEND_DIR,
    env,
  })
  if (usesEmbeddedPostgres) await writeFile(DATA.migratedInputs, inputs)
}

/**
 * A hash of everything `medusa db:migrate` and `medusa build` read: the backend's sources, its
 * config, the lockfile (the process suites build once for it, scripts/backend-processes.ts).
 */
export async function migrationInputsFingerprint(): Promise<string> {
  const sources = await readdir(path.join(BACKEND_DIR, "src"), { recursive: true, withFileTypes: true })
  const files = [
    path.join(REPO_ROOT, "package-lock.json"),
    path.join(BACKEND_DIR, "medusa-config.ts"),
    ...sources
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort(),
  ]
  const hash = createHash("sha256")
  for (const file of files) hash.update(file).update(await readFile(file))
  return hash.digest("hex")
}

async function provideDatabase(stack: RunningStack): Promise<string> {
  if (process.env.DATABASE_URL) {
    say("Using the Postgres in DATABASE_URL.")
    return process.env.DATABASE_URL
  }
  const postgres = await startEmbeddedPostgres({
    dataDir: DATA.postgres,
    port: PORTS.postgres,
    log: tagged("postgres"),
    pidFile: pidFileFor("embedded Postgres"),
  })
  stack.keepRunning("embedded Postgres", "database", postgres)
  // A new cluster (the first start, or its folder in /var/tmp cleared) has nothing migrated yet.
  if (postgres.createdCluster) await rm(DATA.migratedInputs, { force: true })
  await ensureDatabase(postgres.databaseUrl("postgres"), DATABASE_NAME)
  return postgres.databaseUrl(DATABASE_NAME)
}

interface SearchService {
  host: string
  masterKey: string
}

async function startLocalMeilisearch(stack: RunningStack, generatedMasterKey: string): Promise<SearchService> {
  const meilisearch = await startMeilisearch({
    dataDir: DATA.meilisearch,
    port: PORTS.meilisearch,
    masterKey: generatedMasterKey,
    log: tagged("meili"),
    pidFile: pidFileFor("embedded Meilisearch"),
  })
  stack.keepRunning("embedded Meilisearch", "search", meilisearch)
  return meilisearch
}

/** Read before anything starts, so that a half-configured Meilisearch stops us straight away. */
function externalMeilisearchFromEnv(): SearchService | undefined {
  const host = process.env.MEILISEARCH_HOST
  if (!host) return undefined
  const masterKey = process.env.MEILISEARCH_MASTER_KEY
  if (!masterKey) {
    throw new Error(
      "MEILISEARCH_HOST is set but MEILISEARCH_MASTER_KEY is not: the stack needs the master key " +
        "to give the backend indexing rights and the storefront a search-only key.",
    )
  }
  return { host: host.replace(/\/$/, ""), masterKey }
}

async function checkExternalMeilisearch(search: SearchService): Promise<SearchService> {
  say(`Using the Meilisearch at ${search.host}.`)
  await waitForHttp(`${search.host}/health`, { what: "The Meilisearch in MEILISEARCH_HOST", timeoutMs: 10_000 })
  return search
}

async function startBackend(
  stack: RunningStack,
  mode: StackInfo["mode"],
  env: NodeJS.ProcessEnv,
): Promise<ManagedProcess> {
  const medusa = localBinary("medusa", BACKEND_DIR)
  const pidFile = { path: pidFileFor("backend"), what: "backend" }
  let backend: ManagedProcess
  if (mode === "development") {
    backend = spawnManagedProcess({
      command: medusa,
      args: ["develop"],
      cwd: BACKEND_DIR,
      env,
      log: tagged("backend"),
      pidFile,
    })
  } else {
    await stack.runToCompletion({
      name: "backend build",
      tag: "backend",
      command: medusa,
      args: ["build"],
      cwd: BACKEND_DIR,
      env,
    })
    // `medusa build` writes a standalone server; it finds its packages in the workspace above it,
    // and serves the photos from its own static/ folder.
    const serverDir = path.join(BACKEND_DIR, ".medusa", "server")
    await keepUploadsInData(serverDir)
    backend = spawnManagedProcess({
      command: medusa,
      args: ["start"],
      cwd: serverDir,
      env: { ...env, NODE_ENV: "production" },
      log: tagged("backend"),
      pidFile,
    })
  }
  stack.keepRunning("backend", "app", backend)
  return backend
}

function startStorefront(stack: RunningStack, mode: StackInfo["mode"], env: NodeJS.ProcessEnv): ManagedProcess {
  const next = localBinary("next", STOREFRONT_DIR)
  const port = String(PORTS.storefront)
  const storefront = spawnManagedProcess({
    command: mode === "development" ? next : "sh",
    // Its pages read the store API at request time, so building needs no running backend.
    args:
      mode === "development"
        ? ["dev", "--port", port]
        : // server.ts, not `next start`: it finishes each cached page's script policy (README, "Headers").
          ["-c", `"${next}" build && exec "${process.execPath}" --import tsx server.ts --port ${port}`],
    cwd: STOREFRONT_DIR,
    env,
    log: tagged("storefront"),
    pidFile: { path: pidFileFor("storefront"), what: "storefront" },
  })
  stack.keepRunning("storefront", "app", storefront)
  return storefront
}

/**
 * The dev server compiles a page on its first request, so we make that request rather than the
 * newcomer: once while the store starts, and again when it is ready to render the catalogue.
 */
async function warmStorefront(stack: RunningStack, storefront: ManagedProcess): Promise<void> {
  try {
    await waitForHttp(`${STOREFRONT_URL}/`, {
      what: "The storefront",
      timeoutMs: STOREFRONT_FIRST_PAGE_TIMEOUT_MS,
      giveUpWhen: storefront.exited,
    })
  } catch (error) {
    // A page that fails to render is the storefront's bug, not the stack's: keep serving so that
    // the developer can fix it against a running backend.
    if (!stack.isShuttingDown) say(`Warning: ${(error as Error).message} See the [storefront] lines above.`)
  }
}

/** Where npx would find a package's command: the workspace's own node_modules, else the root's. */
export function localBinary(command: string, workspaceDir: string): string {
  const inWorkspace = path.join(workspaceDir, "node_modules", ".bin", command)
  return existsSync(inWorkspace) ? inWorkspace : path.join(REPO_ROOT, "node_modules", ".bin", command)
}

/** The storefront runs code in the browser too: it must never see the backend's secrets. */
function withoutBackendSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const secretNames = new Set([
    "DATABASE_URL",
    "JWT_SECRET",
    "COOKIE_SECRET",
    "MEILISEARCH_MASTER_KEY",
    "MEILI_MASTER_KEY",
    "REDIS_URL",
    "STRIPE_API_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "SEPAY_WEBHOOK_SECRET",
    "PAYOS_CHECKSUM_KEY",
  ])
  return Object.fromEntries(Object.entries(env).filter(([name]) => !secretNames.has(name)))
}

interface Secrets {
  jwtSecret: string
  cookieSecret: string
  meilisearchMasterKey: string
  /** Shared by backend and storefront: the backend's writes revalidate the storefront's cached reads. */
  revalidateSecret: string
}

/** Random on the first start, then kept: sessions and the search index outlive a restart. */
async function loadSecrets(): Promise<Secrets> {
  const stored: Partial<Secrets> = existsSync(DATA.secrets) ? JSON.parse(await readFile(DATA.secrets, "utf8")) : {}
  const secrets: Secrets = {
    jwtSecret: stored.jwtSecret ?? randomSecret(),
    cookieSecret: stored.cookieSecret ?? randomSecret(),
    meilisearchMasterKey: stored.meilisearchMasterKey ?? randomSecret(),
    revalidateSecret: stored.revalidateSecret ?? randomSecret(),
  }
  if (JSON.stringify(secrets) !== JSON.stringify(stored)) {
    await writeFile(DATA.secrets, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 })
  }
  return secrets
}

function randomSecret(): string {
  return randomBytes(32).toString("base64url")
}

async function queryDatabase<Row extends object>(databaseUrl: string, sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query<Row>(sql, values)).rows
  } finally {
    await client.end()
  }
}

async function countProducts(databaseUrl: string): Promise<number> {
  const [row] = await queryDatabase<{ count: string }>(
    databaseUrl,
    "select count(*) from product where deleted_at is null",
  )
  return Number(row?.count ?? 0)
}

async function countSampleProductsWithoutPhotos(databaseUrl: string): Promise<number> {
  const [row] = await queryDatabase<{ count: string }>(
    databaseUrl,
    `select count(*) from product p where p.deleted_at is null and p.metadata ->> 'is_sample' = 'true'
       and not exists (select 1 from image i where i.product_id = p.id and i.deleted_at is null)`,
  )
  return Number(row?.count ?? 0)
}

/** The web shop's publishable key (created by the store setup migration); undefined before the first migration. */
async function readPublishableKey(databaseUrl: string): Promise<string | undefined> {
  const [table] = await queryDatabase<{ found: boolean }>(
    databaseUrl,
    "select to_regclass('api_key') is not null as found",
  )
  if (!table?.found) return undefined
  const [row] = await queryDatabase<{ token: string }>(
    databaseUrl,
    `select token from api_key
     where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null
     order by created_at limit 1`,
    [PUBLISHABLE_KEY_TITLE],
  )
  return row?.token
}

function printBanner(info: StackInfo, elapsedSeconds: number): void {
  const appUrl = { backend: info.backendUrl, storefront: info.storefrontUrl }
  const demo = demoAccountsWanted(info.mode === "production" ? { ...process.env, NODE_ENV: "production" } : process.env)
  const accountRows = DEMO_ACCOUNTS.map((account) =>
    [
      `    ${account.role.padEnd(16)}`,
      account.email.padEnd(30),
      account.password.padEnd(19),
      `${appUrl[account.app]}${account.path}`,
    ].join(" "),
  )
  console.log(
    [
      "",
      `  OCOP Market is ready (${info.mode}) in ${elapsedSeconds.toFixed(1)} s`,
      "",
      `    Storefront   ${info.storefrontUrl}`,
      `    Admin        ${info.adminUrl}`,
      `    Store API    ${info.backendUrl}/store   (header x-publishable-api-key: ${info.publishableKey})`,
      `    Search       ${info.meilisearchHost}   (index "${info.meilisearchIndex}")`,
      "",
      ...(demo.create
        ? ["  Demo accounts from the sample catalogue:", ...accountRows, ""]
        : ["  No demo accounts in production (OCOP_DEMO_ACCOUNTS=true makes them). Create the operator: `npx medusa user -e <email> -p <password>` in backend/, with this stack's DATABASE_URL.", ""]),
      `  Details for tests and scripts: ${path.relative(REPO_ROOT, DATA.stackInfo)}`,
      "  Stop: Ctrl-C. Start over from an empty database: npm run stack:reset",
      "",
    ].join("\n"),
  )
}

async function reset(): Promise<void> {
  const stack = liveProcessFromPidFile(DATA.pidFile)
  if (stack) {
    throw new Error(
      `An OCOP Market stack is running (pid ${stack.pid}). Stop it (Ctrl-C in its terminal) before resetting.`,
    )
  }
  // Left behind if a stack was killed outright: deleting the files under them would leave servers
  // holding the ports.
  await stopLeftovers(DATA.pids, say)
  // One that no pid file names (started before stacks kept them) is not ours to stop unasked.
  const postgresPid = Number((await readFile(path.join(DATA.postgres, "postmaster.pid"), "utf8").catch(() => "")).split("\n")[0])
  if (postgresPid > 0 && isProcessAlive(postgresPid)) {
    throw new Error(
      `The embedded Postgres of an earlier stack still runs (pid ${postgresPid}). ` +
        `Stop it (kill ${postgresPid}) before resetting.`,
    )
  }
  const postgresHome = await removePostgresHome(DATA.postgres)
  if (!existsSync(DATA_DIR)) {
    say(postgresHome ? `Deleted ${postgresHome} (local Postgres).` : "Nothing to reset: there is no .data/ directory.")
    return
  }
  await rm(DATA_DIR, { recursive: true, force: true })
  say(
    `Deleted .data/${postgresHome ? ` and ${postgresHome}` : ""} (local Postgres, Meilisearch and generated ` +
      "secrets). The next `npm start` begins from an empty database.",
  )
}

/**
 * Medusa's local file provider writes to backend/static and serves it at /static. Pointing that
 * folder into .data/ keeps photos with the database they belong to, so a reset removes both.
 */
/** Medusa serves `static/` beside the server it runs (backend/, or the build in backend/.medusa/server). */
async function keepUploadsInData(serverDir = BACKEND_DIR): Promise<void> {
  const served = path.join(serverDir, "static")
  await mkdir(DATA.uploads, { recursive: true })
  const current = await lstat(served).catch(() => undefined)
  if (current?.isSymbolicLink()) {
    if ((await readlink(served)) === DATA.uploads) return
    await rm(served)
  } else if (current && serverDir !== BACKEND_DIR) {
    // A copy the build made: the build's server must read and write the photos in .data/ too.
    await rm(served, { recursive: true })
  } else if (current) {
    say(`backend/static is a folder of its own; photos uploaded now stay there, outside .data/.`)
    return
  }
  await symlink(DATA.uploads, served, "dir")
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args[0] === "reset") {
    await reset()
    return
  }
  const mode = args.includes("--production") ? "production" : "development"
  const stack = new RunningStack()
  // Ctrl-C, `kill`, a closed terminal: each stops everything started so far, at any moment.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stack.shutdown(0))
  // After a hangup the terminal is gone: failing to write to it must not cut the shutdown short.
  process.stdout.on("error", () => {})
  process.stderr.on("error", () => {})
  // Whatever the failure, children are stopped before we exit, not left to the exit hook's signal.
  const failed = (error: unknown) => {
    say(error instanceof Error ? (error.stack ?? error.message) : String(error))
    void stack.shutdown(1)
  }
  process.on("uncaughtException", failed)
  process.on("unhandledRejection", failed)
  stopWhenAbandoned(stack)
  try {
    await startStack(stack, mode)
  } catch (error) {
    if (stack.isShuttingDown) return
    say((error as Error).message)
    await stack.shutdown(1)
  }
}

/**
 * `npm start` runs this as npm → node: the script execs node with tsx as a loader, never tsx's own
 * CLI, which relays a signal to its child and SIGKILLs it if the child has not answered within
 * 30 ms (a busy machine misses that, and a killed stack leaves Postgres running). npm passes
 * SIGINT and SIGTERM on to us; should it go without passing anything on (killed outright), we are
 * handed to another parent, and stop as for a signal. Only our own parent is watched: npm's parent,
 * a shell that started `nohup npm start &` and went, is no reason to stop. Linux only (it reads
 * /proc for the parent's start); elsewhere signals to the stack's own process or group still work.
 */
function stopWhenAbandoned(stack: RunningStack): void {
  const parent = process.ppid
  if (!existsSync(`/proc/${parent}`)) return
  const watch = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(watch)
      if (stack.isShuttingDown) return
      say("The command that started this stack has ended; stopping.")
      void stack.shutdown(0)
    }
  }, 1000).unref()
}

// Run only as a command: the e2e journeys import StackInfo from this file.
if (require.main === module) {
  main().catch((error: Error) => {
    say(error.message)
    process.exit(1)
  })
}
