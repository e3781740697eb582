/**
 * `npm run bench -- pos`: the showroom counter's server side against issue 17's goals, on the
 * production build with a database of its own on the tests' Postgres (as the resilience part runs):
 *   scan to line   GET /pos/catalogue?gtin= for a random pack of COUNTER_PACKS, one at a time:
 *                  p50/p95 (goal: the line on screen within 100 ms at p95, the server's share of it)
 *   complete sale  POST /pos/sales of 1 to 3 packs paid in cash with change, one at a time: p50/p95
 *                  (goal: under 1 s at p95)
 * Figures are printed, never asserted.
 */
import { randomUUID } from "node:crypto"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { vietnameseGtin13 } from "@ocop/domain/gtin"
import { type BackendProcess, backendEnv, buildBackendOnce, createTestDatabase, setUpTestShop, startBackend } from "../../scripts/backend-processes"
import { postgresAnswers } from "./bench-resilience"

const COUNTER_PACKS = 120
const LOOKUPS = 300
const SALES = 60
const WARM_UP = 5
const GOALS = { scanP95Ms: 100, saleP95Ms: 1000 }
const OPERATOR = { email: "bench-operator@ocop.example.vn", password: "bench-operator-password-2026" }
const CASHIER = { email: "bench-cashier@ocop.example.vn", password: "bench-cashier-password-2026", role: "cashier" as const }

const log = (line: string) => console.log(`pos: ${line}`)
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
const figures = (times: number[]) => `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over ${times.length}`

async function call(backend: BackendProcess, token: string | null, method: "GET" | "POST", route: string, body?: unknown, headers: Record<string, string> = {}) {
  const started = performance.now()
  const response = await fetch(new URL(route, backend.url), {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const answer = (await response.json().catch(() => null)) as any
  const ms = performance.now() - started
  if (response.status >= 300) throw new Error(`${method} ${route} answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`)
  return { answer, ms }
}

export async function benchPos() {
  const missing = await postgresAnswers()
  if (missing) {
    log(`skipped — ${missing}.`)
    return
  }
  await buildBackendOnce(log)
  const database = await createTestDatabase("ocop_bench_pos")
  const uploads = await mkdtemp(path.join(tmpdir(), "ocop-bench-uploads-"))
  let backend: BackendProcess | undefined
  try {
    const env = backendEnv(database, uploads)
    const gtins = Array.from({ length: COUNTER_PACKS }, (_, index) => vietnameseGtin13("45880", index + 1))
    const packs = Object.fromEntries(gtins.map((gtin, index) => [`pos-${index + 1}`, { priceVnd: 25_000 + 5_000 * (index % 20), stock: 10, showroomStock: 100_000, gtin }]))
    log(`Setting up a showroom counter with ${COUNTER_PACKS} packs…`)
    const shop = await setUpTestShop(env, { operator: OPERATOR, packs, posStaff: [CASHIER] }, log)
    backend = await startBackend("bench-pos", env)
    log(`one backend process (in-memory event bus, workflows, locks) on ${backend.url}`)

    const { answer: signedIn } = await call(backend, null, "POST", "/auth/pos_staff/emailpass", { email: CASHIER.email, password: CASHIER.password })
    const token = signedIn.token as string
    const { answer: opened } = await call(backend, token, "POST", "/pos/shifts", { opening_float: 2_000_000 })
    const shiftId = opened.shift.id as string
    const byGtin = new Map(Object.entries(packs).map(([name, pack]) => [pack.gtin, { variantId: shop.packs[name]!.variantId, price: pack.priceVnd }]))
    const anyGtin = () => gtins[Math.floor(Math.random() * gtins.length)]!

    const lookups: number[] = []
    for (let i = 0; i < WARM_UP + LOOKUPS; i++) {
      const gtin = anyGtin()
      const { answer, ms } = await call(backend, token, "GET", `/pos/catalogue?gtin=${gtin}`)
      if (answer.packs.length !== 1) throw new Error(`The lookup of ${gtin} found ${answer.packs.length} packs.`)
      if (i >= WARM_UP) lookups.push(ms)
    }

    const sales: number[] = []
    for (let i = 0; i < WARM_UP + SALES; i++) {
      const lines = [...new Set(Array.from({ length: 1 + (i % 3) }, anyGtin))].map((gtin) => ({ variant_id: byGtin.get(gtin)!.variantId, quantity: 1 + (i % 2) }))
      const total = lines.reduce((sum, line) => sum + [...byGtin.values()].find((pack) => pack.variantId === line.variant_id)!.price * line.quantity, 0)
      const { answer, ms } = await call(
        backend,
        token,
        "POST",
        "/pos/sales",
        { shift_id: shiftId, lines, payments: [{ method: "cash", amount: total, tendered: Math.ceil(total / 500_000) * 500_000 }] },
        { "idempotency-key": randomUUID() },
      )
      if (answer.sale.total !== total) throw new Error(`Sale ${i + 1} came to ${answer.sale.total} ₫, not ${total} ₫.`)
      if (i >= WARM_UP) sales.push(ms)
    }

    const scanP95 = percentile(lookups, 95)
    const saleP95 = percentile(sales, 95)
    log(`scan to line (GET /pos/catalogue?gtin=, ${COUNTER_PACKS} packs at the counter): ${figures(lookups)}; goal p95 < ${GOALS.scanP95Ms} ms — ${scanP95 < GOALS.scanP95Ms ? "met" : "not met"}`)
    log(`complete sale (POST /pos/sales, cash, 1–3 lines): ${figures(sales)}; goal p95 < ${GOALS.saleP95Ms} ms — ${saleP95 < GOALS.saleP95Ms ? "met" : "not met"}`)
  } finally {
    await backend?.stop()
    await database.drop()
    await rm(uploads, { recursive: true, force: true })
  }
}
