/**
 * `npm run bench -- resilience`: what an unlucky buyer and an attacker can do to the backend, each
 * reported as a figure. It builds the backend, gives it a database of its own on the tests'
 * Postgres (DB_HOST…, else localhost:5432) and runs it as production does, one process with the
 * in-memory defaults the local stack uses (or on REDIS_URL's Redis when set), so nothing here
 * touches a running stack's data.
 *   oversell        30 buyers complete at once for 5 packs: orders placed, refusals by status,
 *                   and the highest reserved quantity seen while they race
 *   double submit   5 carts, each completed 5 times at once: orders per cart
 *   fuzz            5,000 bounded requests over every store, auth, hook, producer and POS route
 *                   (fuzz-store-routes.ts), by status
 *   kill            20 checkouts with the backend killed (SIGKILL) at a random point of the
 *                   completion, restarted, and the completion retried: orphan orders (an order of
 *                   the cart without its reservations or its authorised payment), doubled orders,
 *                   and retries that answered another order
 *   sign-in         wrong passwords in a row on one account, unknown emails from one address: when
 *                   429 begins, whether the right password is refused meanwhile, the time of a
 *                   wrong password against an unknown email, and of registering an email that has
 *                   an account against a new one (accounts made as buyers make them: registered,
 *                   then confirmed with the link the notification holds)
 * Goals: 0 oversells, 0 doubled or orphaned orders, 0 answers ≥ 500 from the fuzz run.
 */
import { randomBytes } from "node:crypto"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import pg from "pg"
import {
  type BackendProcess,
  backendEnv,
  buildBackendOnce,
  createTestDatabase,
  guestBuyer,
  setUpTestShop,
  startBackend,
  type TestDatabase,
} from "../../scripts/backend-processes"
import { fuzzStoreRoutes } from "./fuzz-store-routes"

const RACE_BUYERS = 30
const RACE_STOCK = 5
const DOUBLE_SUBMIT_CARTS = 5
const DOUBLE_SUBMIT_TIMES = 5
const FUZZ_REQUESTS = 5_000
const KILL_RUNS = 20
const OPERATOR = { email: "bench-operator@ocop.example.vn", password: "bench-operator-password-2026" }

type Shop = Awaited<ReturnType<typeof setUpTestShop>>

const log = (line: string) => console.log(`resilience: ${line}`)
const median = (values: number[]) => (values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! : Number.NaN)
const countBy = <T>(values: T[]) => [...values.reduce((map, v) => map.set(v, (map.get(v) ?? 0) + 1), new Map<T, number>())].sort()

/** Why the tests' Postgres cannot be used (a sentence), or null when it answers. */
export async function postgresAnswers(): Promise<string | null> {
  const host = process.env.DB_HOST ?? "localhost"
  const port = Number(process.env.DB_PORT ?? 5432)
  const client = new pg.Client({ host, port, user: process.env.DB_USERNAME ?? "postgres", password: process.env.DB_PASSWORD ?? "", database: "postgres", connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return null
  } catch {
    return `no Postgres answers on ${host}:${port} (set DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD)`
  } finally {
    await client.end().catch(() => {})
  }
}

/** Orders linked to a cart, with what each holds: reservations per line and authorised payments. */
async function ordersOfCart(database: TestDatabase, cartId: string) {
  return database.query<{ order_id: string; lines: number; reserved_lines: number; authorized: number }>(
    `select o.id as order_id,
       (select count(distinct oi.item_id)::int from order_item oi where oi.order_id = o.id and oi.deleted_at is null) as lines,
       (select count(distinct ri.line_item_id)::int from reservation_item ri
          join order_line_item li on li.id = ri.line_item_id
          join order_item oi on oi.item_id = li.id
          where oi.order_id = o.id and ri.deleted_at is null) as reserved_lines,
       (select count(*)::int from order_payment_collection opc
          join payment_collection pc on pc.id = opc.payment_collection_id
          join payment p on p.payment_collection_id = pc.id
          where opc.order_id = o.id and opc.deleted_at is null and p.deleted_at is null and p.canceled_at is null) as authorized
     from order_cart oc join "order" o on o.id = oc.order_id
     where oc.cart_id = $1 and oc.deleted_at is null and o.deleted_at is null`,
    [cartId],
  )
}

async function reservedQuantity(database: TestDatabase, inventoryItemId: string): Promise<number> {
  const [row] = await database.query<{ reserved: string | null }>(
    "select sum(quantity) as reserved from reservation_item where inventory_item_id = $1 and deleted_at is null",
    [inventoryItemId],
  )
  return Number(row?.reserved ?? 0)
}

async function oversell(backend: BackendProcess, shop: Shop, database: TestDatabase) {
  const buyer = guestBuyer(backend.url, shop)
  const pack = shop.packs.race!
  const carts = await Promise.all(Array.from({ length: RACE_BUYERS }, (_, i) => buyer.readyCart(`race-${i}@bench.example.vn`, pack.variantId)))
  let highest = 0
  let racing = true
  const watch = (async () => {
    while (racing) {
      highest = Math.max(highest, await reservedQuantity(database, pack.inventoryItemId))
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  })()
  const started = performance.now()
  const answers = await Promise.all(carts.map((cart) => buyer.complete(cart)))
  const seconds = (performance.now() - started) / 1000
  racing = false
  await watch
  highest = Math.max(highest, await reservedQuantity(database, pack.inventoryItemId))
  const placed = answers.filter((a) => a.status === 200 && a.body?.type === "order").length
  const statuses = countBy(answers.map((a) => (a.status === 200 ? `200 ${a.body?.type}` : `${a.status} ${a.body?.code ?? a.body?.type ?? ""}`.trim())))
  log(
    `oversell — ${RACE_BUYERS} buyers for ${RACE_STOCK} packs: ${placed} orders, highest reserved ${highest} of ${RACE_STOCK} ` +
      `(oversold ${Math.max(0, highest - RACE_STOCK)}), answers ${statuses.map(([s, n]) => `${s} ×${n}`).join(", ")}, in ${seconds.toFixed(1)} s`,
  )
}

async function doubleSubmit(backend: BackendProcess, shop: Shop, database: TestDatabase) {
  const buyer = guestBuyer(backend.url, shop)
  const pack = shop.packs.plenty!
  let doubled = 0
  let differing = 0
  const statuses: string[] = []
  for (let i = 0; i < DOUBLE_SUBMIT_CARTS; i++) {
    const cart = await buyer.readyCart(`double-${i}@bench.example.vn`, pack.variantId)
    const answers = await Promise.all(Array.from({ length: DOUBLE_SUBMIT_TIMES }, () => buyer.complete(cart)))
    statuses.push(...answers.map((a) => `${a.status}${a.body?.code ? ` ${a.body.code}` : ""}`))
    const ids = new Set(answers.filter((a) => a.body?.type === "order").map((a) => a.body.order.id as string))
    if (ids.size > 1) differing++
    if ((await ordersOfCart(database, cart)).length > 1) doubled++
  }
  log(
    `double submit — ${DOUBLE_SUBMIT_CARTS} carts × ${DOUBLE_SUBMIT_TIMES} completions at once: ${doubled} carts with more than one order, ` +
      `${differing} answered different orders; answers ${countBy(statuses).map(([s, n]) => `${s} ×${n}`).join(", ")}`,
  )
}

async function fuzz(backend: BackendProcess, shop: Shop) {
  const buyer = guestBuyer(backend.url, shop)
  const cart = await buyer.readyCart("fuzz@bench.example.vn", shop.packs.plenty!.variantId)
  const placed = await buyer.complete(await buyer.readyCart("fuzz-order@bench.example.vn", shop.packs.plenty!.variantId))
  const started = performance.now()
  const result = await fuzzStoreRoutes(
    {
      backendUrl: backend.url,
      publishableKey: shop.publishableKey,
      knownIds: {
        id: [cart, shop.packs.plenty!.productId, shop.packs.plenty!.variantId, placed.body?.order?.id].filter(Boolean),
        handle: ["test-plenty", "test-race"],
        service: ["sepay", "payos"],
      },
    },
    { requests: FUZZ_REQUESTS, concurrency: 8, seed: 2026 },
  )
  const seconds = (performance.now() - started) / 1000
  const serverErrors = [...result.byStatus].filter(([status]) => !/^[1-4]\d\d$/.test(status)).reduce((sum, [, n]) => sum + n, 0)
  log(
    `fuzz — ${result.requests} requests in ${seconds.toFixed(0)} s: ${[...result.byStatus].sort().map(([s, n]) => `${s} ×${n}`).join(", ")}; ` +
      `answers ≥ 500 or none: ${serverErrors}`,
  )
  for (const error of result.serverErrors) log(`  ${error}`)
}

async function kill(env: NodeJS.ProcessEnv, shop: Shop, database: TestDatabase, first: BackendProcess): Promise<BackendProcess> {
  let backend = first
  const buyer = () => guestBuyer(backend.url, shop)
  // How long a completion takes here, so the kills fall inside one.
  const timings: number[] = []
  for (let i = 0; i < 3; i++) {
    const cart = await buyer().readyCart(`timing-${i}@bench.example.vn`, shop.packs.plenty!.variantId)
    const started = performance.now()
    await buyer().complete(cart)
    timings.push(performance.now() - started)
  }
  const window = median(timings)
  let orphans = 0
  let doubled = 0
  let changedAnswer = 0
  let placedBeforeRetry = 0
  for (let run = 0; run < KILL_RUNS; run++) {
    const cart = await buyer().readyCart(`kill-${run}@bench.example.vn`, shop.packs.plenty!.variantId)
    const delay = Math.random() * window * 1.2
    const completion = buyer().complete(cart).catch(() => null)
    await new Promise((resolve) => setTimeout(resolve, delay))
    await backend.kill()
    await completion
    backend = await startBackend("bench", env)
    // Give a start-up reconciler its chance, as a buyer's retry would come a moment later.
    const before = await ordersOfCart(database, cart)
    if (before.length > 0) placedBeforeRetry++
    const retry = await buyer().complete(cart)
    const after = await ordersOfCart(database, cart)
    if (after.length > 1) doubled++
    for (const order of after) if (order.reserved_lines < order.lines || order.authorized < 1) orphans++
    const answered = retry.body?.type === "order" ? retry.body.order.id : null
    if (before.length === 1 && answered !== before[0]!.order_id) changedAnswer++
  }
  log(
    `kill — ${KILL_RUNS} completions killed within ${window.toFixed(0)} ms (a completion's median here), restarted, retried: ` +
      `${placedBeforeRetry} had an order before the retry, ${orphans} orphan orders (missing reservations or payment), ${doubled} carts with two orders, ` +
      `${changedAnswer} retries answered another order`,
  )
  return backend
}

async function signIn(backend: BackendProcess, shop: Shop, database: TestDatabase) {
  const post = async (route: string, body: unknown, headers: Record<string, string> = {}) => {
    const started = performance.now()
    const response = await fetch(new URL(route, backend.url), { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) })
    const text = await response.text()
    return { status: response.status, retryAfter: response.headers.get("retry-after"), ms: performance.now() - started, text }
  }
  const store = { "x-publishable-api-key": shop.publishableKey }
  const register = (email: string, password: string, headers: Record<string, string> = {}) =>
    post("/store/registrations", { email, password, first_name: "Bench", last_name: "Nguyễn", phone: "0912345678" }, { ...store, ...headers })
  /** A customer as a buyer makes one: registered, then confirmed with the token of the link the notification holds. */
  const createAccount = async (email: string, password: string, headers: Record<string, string> = {}) => {
    await register(email, password, headers)
    let link: string | undefined
    for (let attempt = 0; attempt < 100 && !link; attempt++) {
      const [sent] = await database.query<{ link: string | null }>(
        `select data->>'confirm_url' as link from notification where "to" = $1 and data ? 'confirm_url' order by created_at desc limit 1`,
        [email],
      )
      link = sent?.link ?? undefined
      if (!link) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    if (!link) throw new Error(`No confirmation link was sent to ${email}.`)
    const confirmed = await post("/store/registrations/confirm", { token: new URL(link).searchParams.get("token") }, store)
    if (confirmed.status !== 200) throw new Error(`Confirming ${email} answered ${confirmed.status}: ${confirmed.text}`)
  }
  const email = `sign-in-${Date.now()}@bench.example.vn`
  const password = "the-right-password-2026"
  // From an address of its own: the fuzz run may have used up the registrations of the default one.
  await createAccount(email, password, { "x-forwarded-for": "198.51.100.250" })
  const wrong: { status: number; retryAfter: string | null; ms: number }[] = []
  for (let i = 0; i < 10; i++) wrong.push(await post("/auth/customer/emailpass", { email, password: `wrong-${i}` }))
  const right = await post("/auth/customer/emailpass", { email, password })
  const firstRefusal = wrong.findIndex((a) => a.status === 429)
  const timingRuns = 10
  const existing: number[] = []
  const unknown: number[] = []
  const registeredTaken: number[] = []
  const registeredNew: number[] = []
  for (let i = 0; i < timingRuns; i++) {
    // Fresh accounts and addresses each time, so the throttle does not answer instead of the check.
    const ip = { "x-forwarded-for": `198.51.100.${i + 1}` }
    const fresh = `timing-${i}-${Date.now()}@bench.example.vn`
    await createAccount(fresh, password, ip)
    existing.push((await post("/auth/customer/emailpass", { email: fresh, password: "wrong" }, ip)).ms)
    unknown.push((await post("/auth/customer/emailpass", { email: `nobody-${i}-${Date.now()}@bench.example.vn`, password: "wrong" }, ip)).ms)
    registeredTaken.push((await register(fresh, "another-password-2026", ip)).ms)
    registeredNew.push((await register(`new-${i}-${Date.now()}@bench.example.vn`, password, ip)).ms)
  }
  const sprayed: number[] = []
  for (let i = 0; i < 30; i++) sprayed.push((await post("/auth/customer/emailpass", { email: `spray-${i}@bench.example.vn`, password: "wrong" })).status)
  const sprayRefusal = sprayed.indexOf(429)
  log(
    `sign-in — wrong passwords in a row: ${wrong.map((a) => a.status).join(" ")}; first 429 at attempt ${firstRefusal < 0 ? "never" : firstRefusal + 1}` +
      `${firstRefusal >= 0 ? ` (Retry-After ${wrong[firstRefusal]!.retryAfter} s)` : ""}; the right password meanwhile: ${right.status}`,
  )
  log(`sign-in — 30 unknown emails from one address: first 429 at attempt ${sprayRefusal < 0 ? "never" : sprayRefusal + 1}`)
  log(
    `sign-in — wrong password, median of ${timingRuns}: existing account ${median(existing).toFixed(0)} ms, unknown email ${median(unknown).toFixed(0)} ms ` +
      `(ratio ${(median(existing) / median(unknown)).toFixed(2)})`,
  )
  log(
    `registration — median of ${timingRuns}: email with an account ${median(registeredTaken).toFixed(0)} ms, new email ${median(registeredNew).toFixed(0)} ms ` +
      `(ratio ${(median(registeredTaken) / median(registeredNew)).toFixed(2)})`,
  )
}

export async function benchResilience() {
  const missing = await postgresAnswers()
  if (missing) {
    log(`skipped — ${missing}.`)
    return
  }
  await buildBackendOnce(log)
  const database = await createTestDatabase("ocop_bench_resilience")
  const uploads = await mkdtemp(path.join(tmpdir(), "ocop-bench-uploads-"))
  let backend: BackendProcess | undefined
  try {
    const env = {
      ...backendEnv(database, uploads),
      // Configured as a deployment is: without them, production answers bank notifications 503.
      SEPAY_WEBHOOK_SECRET: randomBytes(24).toString("base64url"),
      PAYOS_CHECKSUM_KEY: randomBytes(24).toString("base64url"),
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    }
    const shop = await setUpTestShop(env, { operator: OPERATOR, packs: { race: { priceVnd: 60_000, stock: RACE_STOCK }, plenty: { priceVnd: 45_000, stock: 100_000 } } }, log)
    backend = await startBackend("bench", env)
    log(`one backend process (${process.env.REDIS_URL ? "Redis modules" : "in-memory event bus, workflows, locks"}) on ${backend.url}`)
    await oversell(backend, shop, database)
    await doubleSubmit(backend, shop, database)
    await fuzz(backend, shop)
    backend = await kill(env, shop, database, backend)
    await signIn(backend, shop, database)
  } finally {
    await backend?.stop()
    await database.drop()
    await rm(uploads, { recursive: true, force: true })
  }
}
