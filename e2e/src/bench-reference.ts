/**
 * The storefront bench's reference: a checkout of Medusa's own starter, medusajs/dtc-starter, named
 * by BENCH_REFERENCE_DIR, built and seeded here and run beside our stack on ports of its own, so
 * both storefronts are measured on the same machine by the same method (bench-storefront.ts).
 * Nothing of it is copied into this repository: the bench only runs the checkout's own commands.
 *
 * Its backend runs on a Postgres database of its own, made afresh each run (its seed is the
 * migration script `initial-data-seed`, which `medusa db:migrate` runs once per database), on the
 * Postgres that BENCH_REFERENCE_DATABASE_URL names, else the machine's at 127.0.0.1:5432 as user
 * postgres. Both run as production builds: `medusa build` then `medusa start` in its output, and
 * `next build` then `next start`, the build made with the backend up as the starter's pages
 * are prerendered from it.
 */
import { execFileSync, spawn } from "node:child_process"
import { existsSync, mkdirSync, openSync, readFileSync, symlinkSync } from "node:fs"
import path from "node:path"
import { firstFreePort } from "../../scripts/ports"

export type PageName = "home" | "catalogue" | "product"

export interface ReferenceStack {
  /** The starter's page of each of ours: home ↔ home, catalogue ↔ store, product ↔ product. */
  pages: Record<PageName, string>
  commit: string
  stop: () => Promise<void>
}

const DEFAULT_DATABASE_SERVER = "postgres://postgres@127.0.0.1:5432"
const DATABASE_NAME = "ocop_bench_dtc_starter"
/** The starter's default region (NEXT_PUBLIC_DEFAULT_REGION) and the product its seed makes. */
const COUNTRY = "dk"
const SEEDED_PRODUCT = "t-shirt"
const START_TIMEOUT_MS = 5 * 60_000

export async function startReference(checkout: string, logDir: string): Promise<ReferenceStack> {
  const dir = path.resolve(checkout)
  const manifest = readManifest(dir)
  const backendDir = path.join(dir, "apps", "backend")
  const storefrontDir = path.join(dir, "apps", "storefront")
  const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: dir, encoding: "utf8" }).trim()
  mkdirSync(logDir, { recursive: true })
  const log = (name: string) => path.join(logDir, `reference-${name}.log`)
  const ports = { backend: await firstFreePort(9600), storefront: await firstFreePort(9650) }
  const backendUrl = `http://localhost:${ports.backend}`
  const storefrontUrl = `http://localhost:${ports.storefront}`

  // pnpm as the checkout names it (packageManager), through npm's own client.
  const pnpm = (args: string[], cwd: string, env: NodeJS.ProcessEnv, name: string) =>
    run("npx", ["-y", manifest.packageManager, ...args], { cwd, env, logFile: log(name) })

  console.log(`storefront: reference dtc-starter ${commit.slice(0, 7)} in ${dir}; logs in ${logDir}`)
  if (!existsSync(path.join(dir, "node_modules"))) {
    console.log("storefront: reference — installing its packages (pnpm install --frozen-lockfile)…")
    await pnpm(["install", "--frozen-lockfile"], dir, process.env, "install")
  }

  const server = process.env.BENCH_REFERENCE_DATABASE_URL?.replace(/\/[^/]*$/, "") || DEFAULT_DATABASE_SERVER
  const databaseUrl = `${server}/${DATABASE_NAME}`
  execFileSync("psql", [`${server}/postgres`, "-q", "-c", `DROP DATABASE IF EXISTS ${DATABASE_NAME}`, "-c", `CREATE DATABASE ${DATABASE_NAME}`], { stdio: "ignore" })
  const backendEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    STORE_CORS: storefrontUrl,
    ADMIN_CORS: backendUrl,
    AUTH_CORS: backendUrl,
    JWT_SECRET: "bench-reference",
    COOKIE_SECRET: "bench-reference",
    PORT: String(ports.backend),
    // The starter's template names a Redis; the bench runs it, as ours, with Medusa's in-memory modules.
    REDIS_URL: "",
  }
  console.log(`storefront: reference — migrating and seeding ${databaseUrl}, building its backend…`)
  await pnpm(["exec", "medusa", "db:migrate"], backendDir, backendEnv, "migrate")
  await pnpm(["exec", "medusa", "build"], backendDir, backendEnv, "backend-build")
  const builtBackend = path.join(backendDir, ".medusa", "server")
  // The build's package.json lists the same packages the checkout installed.
  if (!existsSync(path.join(builtBackend, "node_modules"))) symlinkSync(path.join(backendDir, "node_modules"), path.join(builtBackend, "node_modules"), "dir")
  const processes: Background[] = []
  const stop = async () => {
    for (const background of processes.reverse()) await background.stop()
  }
  try {
    processes.push(background(path.join(backendDir, "node_modules", ".bin", "medusa"), ["start"], { cwd: builtBackend, env: backendEnv, logFile: log("backend") }))
    await waitFor(`${backendUrl}/health`, processes[0]!, log("backend"))
    const publishableKey = execFileSync(
      "psql",
      [databaseUrl, "-tAc", "SELECT token FROM api_key WHERE type = 'publishable' AND deleted_at IS NULL ORDER BY created_at LIMIT 1"],
      { encoding: "utf8" },
    ).trim()
    if (!publishableKey) throw new Error(`The reference's seed made no publishable key in ${databaseUrl}; see ${log("migrate")}.`)
    const storefrontEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: publishableKey,
      NEXT_PUBLIC_MEDUSA_BACKEND_URL: backendUrl,
      NEXT_PUBLIC_DEFAULT_REGION: COUNTRY,
      NEXT_PUBLIC_BASE_URL: storefrontUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    }
    console.log("storefront: reference — building its storefront (next build)…")
    await pnpm(["exec", "next", "build"], storefrontDir, storefrontEnv, "storefront-build")
    processes.push(
      background(path.join(storefrontDir, "node_modules", ".bin", "next"), ["start", "--port", String(ports.storefront)], {
        cwd: storefrontDir,
        env: storefrontEnv,
        logFile: log("storefront"),
      }),
    )
    const pages = {
      home: `${storefrontUrl}/${COUNTRY}`,
      catalogue: `${storefrontUrl}/${COUNTRY}/store`,
      product: `${storefrontUrl}/${COUNTRY}/products/${SEEDED_PRODUCT}`,
    }
    await waitFor(pages.home, processes[1]!, log("storefront"))
    return { pages, commit, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

function readManifest(dir: string): { packageManager: string } {
  const file = path.join(dir, "package.json")
  const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { name?: string; packageManager?: string }) : {}
  if (manifest.name !== "dtc-starter-monorepo" || !manifest.packageManager?.startsWith("pnpm@")) {
    throw new Error(`BENCH_REFERENCE_DIR=${dir} is not a checkout of medusajs/dtc-starter (its package.json names no dtc-starter-monorepo with pnpm).`)
  }
  return { packageManager: manifest.packageManager }
}

interface Background {
  exited: () => boolean
  stop: () => Promise<void>
}

type RunOptions = { cwd: string; env: NodeJS.ProcessEnv; logFile: string }

/** A command to its end, its output in its log; a failure names the log's last lines. */
function run(command: string, args: string[], { cwd, env, logFile }: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("nice", ["-n", "5", command, ...args], { cwd, env, stdio: ["ignore", openSync(logFile, "w"), openSync(logFile, "a")] })
    child.once("error", reject)
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} in ${cwd} exited with ${code}:\n${tail(logFile)}`)),
    )
  })
}

/** A server in a process group of its own, stopped with SIGINT, then SIGKILL after 30 s. */
function background(command: string, args: string[], { cwd, env, logFile }: RunOptions): Background {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", openSync(logFile, "w"), openSync(logFile, "a")] })
  let exited = false
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  void exit.then(() => (exited = true))
  return {
    exited: () => exited,
    stop: async () => {
      if (exited) return
      process.kill(-child.pid!, "SIGINT")
      const stopped = await Promise.race([exit.then(() => true), sleep(30_000).then(() => false)])
      if (!stopped) process.kill(-child.pid!, "SIGKILL")
    },
  }
}

async function waitFor(url: string, server: Background, logFile: string): Promise<void> {
  const started = performance.now()
  for (;;) {
    const status = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      .then((response) => response.status)
      .catch(() => 0)
    if (status === 200) return
    if (server.exited()) throw new Error(`The reference's server exited before ${url} answered:\n${tail(logFile)}`)
    if (performance.now() - started > START_TIMEOUT_MS) throw new Error(`${url} did not answer 200 within 5 minutes (last ${status}):\n${tail(logFile)}`)
    await sleep(1000)
  }
}

function tail(file: string): string {
  return readFileSync(file, "utf8").trim().split("\n").slice(-15).join("\n")
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
