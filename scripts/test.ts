/**
 * `npm test`: every suite of every workspace, in one run. Backend integration tests need a real
 * Postgres: the one named by DB_HOST, else one answering on localhost:5432, else an embedded
 * Postgres started here in a temporary directory and removed afterwards.
 */
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { Client } from "pg"
import { startEmbeddedPostgres, type LocalPostgres } from "./local-services"
import { findFreePort } from "./ports"

const repo = path.resolve(__dirname, "..")

/** A workspace's npm script, or a command run from the repository's root. */
type Suite = { name: string; needsPostgres?: boolean } & ({ workspace: string; script: string } | { command: string[] })

const SUITES: Suite[] = [
  { name: "domain", workspace: "@ocop/domain", script: "test" },
  { name: "seed", workspace: "seed", script: "test" },
  { name: "storefront", workspace: "storefront", script: "test" },
  // Builds the storefront with a fake Meilisearch master key, proves no asset carries it, and
  // serves the build through server.ts to prove each page's script policy in Chromium.
  { name: "storefront production build", workspace: "storefront", script: "test:build" },
  { name: "backend unit", workspace: "backend", script: "test:unit" },
  { name: "backend integration", workspace: "backend", script: "test:integration", needsPostgres: true },
  // The sample catalogue loaded into the backend app: its facts, idempotence and search over it.
  { name: "seed integration", workspace: "seed", script: "test:integration", needsPostgres: true },
  // The production build as it scales out: two servers and a worker on one Redis (skipped, saying
  // so, where no Redis answers), thirty buyers for five packs, a change reaching search through the worker.
  { name: "scale-out", command: ["node", "--import", "tsx", "--test", "scripts/scale-out.test.ts"], needsPostgres: true },
  // The production build killed mid-checkout at chosen and random points: one whole order or none.
  { name: "crash safety", command: ["node", "--import", "tsx", "--test", "scripts/crash-safety.test.ts"], needsPostgres: true },
  // `npm start`'s start-up as root from a checkout in a 0700 folder, and no child left by a failed,
  // interrupted or killed start (skipped, saying why, when not root).
  { name: "stack start-up", command: ["node", "--import", "tsx", "--test", "scripts/stack.test.ts"] },
  // Journeys run against the running stack, or start one with `npm start` as a newcomer would.
  { name: "e2e", workspace: "e2e", script: "test" },
]

async function postgresAnswers(host: string, port: number, user: string, password: string) {
  const client = new Client({ host, port, user, password, database: "postgres", connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** Medusa's test runner builds its database URLs from DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD. */
async function postgresForTests(
  forceEmbedded: boolean
): Promise<{ env: Record<string, string>; embedded?: LocalPostgres; dataDir?: string }> {
  if (process.env.DB_HOST && !forceEmbedded) {
    return { env: {} }
  }
  const user = process.env.DB_USERNAME ?? "postgres"
  const password = process.env.DB_PASSWORD ?? ""
  if (!forceEmbedded && (await postgresAnswers("localhost", 5432, user, password))) {
    console.log("Integration tests use the Postgres on localhost:5432.")
    return { env: { DB_HOST: "localhost", DB_PORT: "5432", DB_USERNAME: user, DB_PASSWORD: password } }
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "ocop-test-postgres-"))
  const port = await findFreePort()
  console.log(`No Postgres on localhost:5432: starting an embedded one on port ${port} for the tests.`)
  const embedded = await startEmbeddedPostgres({ dataDir, port })
  return {
    env: { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: embedded.user, DB_PASSWORD: "postgres" },
    embedded,
    dataDir,
  }
}

function run(suite: Suite, env: Record<string, string>): Promise<boolean> {
  return new Promise((resolve) => {
    const [command, ...args] =
      "command" in suite ? suite.command : ["npm", "run", suite.script, "--workspace", suite.workspace]
    const child = spawn(command!, args, {
      cwd: repo,
      env: { ...process.env, ...env },
      stdio: "inherit",
    })
    child.on("exit", (code) => resolve(code === 0))
  })
}

async function main() {
  // --embedded-postgres runs the integration tests as a machine without Postgres would.
  const forceEmbedded = process.argv.includes("--embedded-postgres")
  const only = process.argv.slice(2).filter((a) => !a.startsWith("--"))
  const suites = only.length ? SUITES.filter((s) => only.some((o) => s.name.startsWith(o))) : SUITES
  let postgres: Awaited<ReturnType<typeof postgresForTests>> | undefined
  const results: { name: string; passed: boolean }[] = []
  try {
    for (const suite of suites) {
      if (suite.needsPostgres && !postgres) postgres = await postgresForTests(forceEmbedded)
      console.log(`\n=== ${suite.name} ===`)
      results.push({ name: suite.name, passed: await run(suite, postgres?.env ?? {}) })
    }
  } finally {
    await postgres?.embedded?.stop()
    if (postgres?.dataDir) rmSync(postgres.dataDir, { recursive: true, force: true })
  }
  console.log("\n=== summary ===")
  for (const r of results) console.log(`${r.passed ? "PASS" : "FAIL"}  ${r.name}`)
  const failed = results.filter((r) => !r.passed).length
  console.log(`suites: ${results.length - failed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
