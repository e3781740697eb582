/**
 * Cart completion survives the backend being killed at any point of it (issue 13). Medusa's
 * completeCartWorkflow commits each step on its own (the order, then its links, the cart's
 * completion and the reservations side by side, then the payment's authorisation), and neither
 * workflow engine resumes or undoes a run whose process died. After a SIGKILL and a restart, every
 * cart must have one whole order (linked to the cart, every line reserved, the payment authorised)
 * or none, and completing it again must answer with that order, never place a second.
 *
 * One backend as `npm start -- --production` runs it without Redis (one process, the in-memory
 * workflow engine), built once, on a database of its own. Kills come at points chosen two ways:
 * - deterministic: the test holds Postgres locks that stop a completion just before one step's
 *   write (the order, the cart's link, the cart's completion, a reservation, the payment's
 *   authorisation), waits until the backend waits on them, and kills it there; no code of the
 *   backend knows it is being tested;
 * - random: six carts completed side by side, staggered, and the backend killed at a random moment
 *   of their run, or a random moment after the first of them wrote its order.
 * After a restart, what the kill left is printed (what the backend would be left with without its
 * reconciliation), then some carts are completed again at once (the repair in the completion) and
 * the others left to the reconciler's job; at the end every cart is checked and completed again.
 */
import assert from "node:assert/strict"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { after, before, describe, test } from "node:test"
import pg from "pg"
import {
  backendEnv,
  type BackendProcess,
  buildBackendOnce,
  createTestDatabase,
  guestBuyer,
  setUpTestShop,
  startBackend,
  type TestDatabase,
  type TestShop,
} from "./backend-processes"

const RANDOM_ROUNDS = 3
const CARTS_PER_RANDOM_ROUND = 6
/** How long the reconciler may take to settle the carts nobody completed again (it runs every minute). */
const RECONCILER_WAIT_MS = 3 * 60_000
const BLOCKED_WAIT_MS = 60_000

const started = Date.now()
const say = (line: string) => console.log(`[crash-safety ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A cart the test completed and killed the backend under, and how it is to be settled. */
type KilledCart = {
  id: string
  email: string
  /** Where its completion was when the backend died: a deterministic point, or "random <ms>". */
  point: string
  /** Completed again right after the restart (else left to the reconciler until the end). */
  retriedAtOnce: boolean
}

/** What a cart holds, read from the database. */
type CartState = {
  orders: { id: string; linked: boolean; reservedLines: number; lines: number; authorised: boolean }[]
  completed: boolean
}

let folder: string
let database: TestDatabase
let env: NodeJS.ProcessEnv
let shop: TestShop
let backend: BackendProcess | undefined
let completionMs = 1000
let batchMs = 3000
const carts: KilledCart[] = []
/** What each kill left, before any repair: the figures the suite reports. */
const leftByKills = new Map<string, number>()

/** Every backend process the suite ran, for the reconciler's lines in the report. */
const backends: BackendProcess[] = []

async function restart(): Promise<void> {
  await backend?.kill()
  backend = await startBackend("shared", env)
  backends.push(backend)
}

async function cartState(cart: { id: string; email: string }): Promise<CartState> {
  const orders = await database.query<{ id: string; linked: boolean; lines: string; reserved: string; authorised: boolean }>(
    `select o.id,
       exists (select 1 from order_cart oc where oc.order_id = o.id and oc.cart_id = $2 and oc.deleted_at is null) as linked,
       (select count(*) from order_item oi where oi.order_id = o.id and oi.deleted_at is null) as lines,
       (select count(*) from order_item oi where oi.order_id = o.id and oi.deleted_at is null and exists (
          select 1 from reservation_item r where r.line_item_id = oi.item_id and r.deleted_at is null and r.quantity = oi.quantity)) as reserved,
       exists (select 1 from order_payment_collection opc
          join payment_collection pc on pc.id = opc.payment_collection_id and pc.deleted_at is null
          join payment p on p.payment_collection_id = pc.id and p.deleted_at is null and p.canceled_at is null
          where opc.order_id = o.id and opc.deleted_at is null and pc.status in ('authorized', 'completed')) as authorised
     from "order" o where o.email = $1 and o.deleted_at is null and o.canceled_at is null order by o.created_at`,
    [cart.email, cart.id],
  )
  const [row] = await database.query<{ completed: boolean }>("select completed_at is not null as completed from cart where id = $1", [cart.id])
  return {
    orders: orders.map((o) => ({ id: o.id, linked: o.linked, lines: Number(o.lines), reservedLines: Number(o.reserved), authorised: o.authorised })),
    completed: Boolean(row?.completed),
  }
}

/** How a buyer or the operator would see the cart: the words of the report. */
function describeState(state: CartState): string {
  if (state.orders.length === 0) return state.completed ? "no order, cart marked completed" : "no order"
  if (state.orders.length > 1) return `${state.orders.length} orders`
  const [order] = state.orders as [CartState["orders"][number]]
  const missing = [
    order.linked ? undefined : "cart link",
    order.reservedLines === order.lines ? undefined : "reservations",
    order.authorised ? undefined : "authorised payment",
    state.completed ? undefined : "cart completion",
  ].filter(Boolean)
  return missing.length ? `order without ${missing.join(", ")}` : "one whole order"
}

/** The invariant: one whole order, or none (and then the cart can still be completed). */
function isSettled(state: CartState): boolean {
  if (state.orders.length === 0) return !state.completed
  return state.orders.length === 1 && describeState(state) === "one whole order"
}

async function recordWhatKillsLeft(killed: KilledCart[]): Promise<void> {
  for (const cart of killed) {
    const described = describeState(await cartState(cart))
    leftByKills.set(described, (leftByKills.get(described) ?? 0) + 1)
    say(`  ${cart.point.padEnd(44)} ${described}`)
  }
}

/** Completes again, as a buyer's retry does: the answer must be the cart's one order. */
async function completeAgainAndCheck(cart: KilledCart): Promise<void> {
  const before = await cartState(cart)
  const answer = await guestBuyer(backend!.url, shop).complete(cart.id)
  assert.equal(answer.status, 200, `${cart.point}: completing again answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`)
  assert.equal(answer.body.type, "order", `${cart.point}: completing again gave ${JSON.stringify(answer.body).slice(0, 300)}`)
  const after = await cartState(cart)
  assert.ok(isSettled(after) && after.orders.length === 1, `${cart.point}: after completing again, ${describeState(after)}`)
  assert.equal(answer.body.order.id, after.orders[0]!.id, `${cart.point}: the answer is not the cart's order`)
  const linkedBefore = before.orders.find((order) => order.linked)
  if (linkedBefore) assert.equal(answer.body.order.id, linkedBefore.id, `${cart.point}: completing again replaced the order the cart had`)
}

/** A Postgres transaction of the test's own holding a lock, so that a step of the backend waits on it. */
async function holdLock(sql: string, values: unknown[] = []): Promise<{ pid: number; release: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: database.url })
  // Ended by the suite's clean-up (the database dropped) at the latest: nothing to report then.
  client.on("error", () => {})
  await client.connect()
  await client.query("begin")
  // A lock the test cannot get means the backend holds it: fail rather than wait for ever.
  await client.query("set local lock_timeout = '10s'")
  const [row] = (await client.query<{ pid: number }>("select pg_backend_pid() as pid")).rows
  await client.query(sql, values)
  return {
    pid: row!.pid,
    release: async () => {
      await client.query("rollback").catch(() => {})
      await client.end().catch(() => {})
    },
  }
}

/** Waits until `count` of the backend's connections wait on the lock `holder` holds. */
async function waitUntilBlocked(holder: { pid: number }, count: number, what: string): Promise<void> {
  const deadline = Date.now() + BLOCKED_WAIT_MS
  let blocked = 0
  while (Date.now() < deadline) {
    const [row] = await database.query<{ blocked: string }>("select count(*) as blocked from pg_stat_activity where $1 = any(pg_blocking_pids(pid))", [holder.pid])
    blocked = Number(row?.blocked)
    if (blocked >= count) return
    await sleep(50)
  }
  const waiting = await database.query<{ pid: number; wait: string; blockers: number[]; query: string }>(
    "select pid, wait_event_type || '/' || wait_event as wait, pg_blocking_pids(pid) as blockers, left(query, 160) as query from pg_stat_activity where datname = current_database() and state <> 'idle' and pid <> pg_backend_pid()",
  )
  throw new Error(`${what}: ${blocked} of ${count} completions reached the lock within ${BLOCKED_WAIT_MS / 1000} s. Busy connections:\n${waiting.map((row) => `${row.pid} ${row.wait} blocked by ${row.blockers.join(",") || "-"}: ${row.query}`).join("\n")}`)
}

/** Waits until each cart's order is written. */
async function waitUntilOrdered(killed: KilledCart[], what: string): Promise<void> {
  const deadline = Date.now() + BLOCKED_WAIT_MS
  const emails = killed.map((cart) => cart.email)
  let ordered = 0
  while (Date.now() < deadline) {
    ordered = Number((await database.query<{ n: string }>('select count(distinct email) as n from "order" where email = any($1)', [emails]))[0]!.n)
    if (ordered === emails.length) return
    await sleep(50)
  }
  throw new Error(`${what}: ${ordered} of ${emails.length} completions wrote their order within ${BLOCKED_WAIT_MS / 1000} s.`)
}

async function readyCarts(points: { point: string; pack: string }[]): Promise<KilledCart[]> {
  const buyer = guestBuyer(backend!.url, shop)
  return Promise.all(
    points.map(async ({ point, pack }, index) => {
      const email = `crash-${carts.length + index}-${Date.now().toString(36)}@test.example.vn`
      return { id: await buyer.readyCart(email, shop.packs[pack]!.variantId), email, point, retriedAtOnce: index % 2 === 0 }
    }),
  )
}

describe("cart completion killed at any point", () => {
  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "ocop-crash-safety-"))
    await buildBackendOnce(say)
    database = await createTestDatabase("ocop_crash_safety")
    env = backendEnv(database, path.join(folder, "uploads"))
    // A pack of its own for the carts a stock lock stops, so that no other completion queues behind them.
    shop = await setUpTestShop(
      env,
      {
        operator: { email: "operator@test.example.vn", password: "operator-test-password" },
        packs: Object.fromEntries(["general", "order-only", "unreserved"].map((name) => [name, { priceVnd: 100_000, stock: 1_000 }])),
      },
      say,
    )
    await restart()
    // How long one completion takes here: the random kills fall within it.
    const buyer = guestBuyer(backend!.url, shop)
    const durations: number[] = []
    for (let i = 0; i < 3; i++) {
      const cartId = await buyer.readyCart(`warm-up-${i}@test.example.vn`, shop.packs.general!.variantId)
      const start = Date.now()
      const answer = await buyer.complete(cartId)
      assert.equal(answer.body.type, "order", `A completion with no kill failed: ${JSON.stringify(answer.body).slice(0, 300)}`)
      durations.push(Date.now() - start)
    }
    completionMs = Math.max(...durations.slice(1))
    const batch = await Promise.all(Array.from({ length: CARTS_PER_RANDOM_ROUND }, (_, i) => buyer.readyCart(`warm-up-batch-${i}@test.example.vn`, shop.packs.general!.variantId)))
    const batchStart = Date.now()
    await Promise.all(batch.map((cartId) => buyer.complete(cartId)))
    batchMs = Date.now() - batchStart
    say(`A completion takes about ${completionMs} ms here, ${CARTS_PER_RANDOM_ROUND} side by side ${batchMs} ms.`)
  })

  after(async () => {
    await backend?.kill()
    await database?.drop()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  test("killed at each step's write, every cart keeps one whole order or none", async () => {
    const inventoryItemsOf = (pack: string) => [[shop.packs[pack]!.inventoryItemId]]
    const paymentSessionOf = async (cartId: string) =>
      (await database.query<{ id: string }>(
        "select ps.id from cart_payment_collection cpc join payment_session ps on ps.payment_collection_id = cpc.payment_collection_id where cpc.cart_id = $1 and ps.deleted_at is null",
        [cartId],
      ))[0]!.id
    // Twice: the first time the carts are completed again at once, the second time left to the
    // reconciler. One cart a point at a time, as a stopped completion keeps its database
    // connections and the backend's pool has ten.
    for (const retriedAtOnce of [true, false]) {
      const killed = await readyCarts([
        { point: "before its reservation (order linked)", pack: "unreserved" },
        { point: "before the payment's authorisation", pack: "general" },
        { point: "before the cart link and completion (order only)", pack: "order-only" },
        { point: "before the cart link (reserved)", pack: "general" },
        { point: "before the order", pack: "general" },
      ])
      for (const cart of killed) cart.retriedAtOnce = retriedAtOnce
      const [unreserved, unauthorised, orderOnly, unlinked, noOrder] = killed as [KilledCart, KilledCart, KilledCart, KilledCart, KilledCart]
      const buyer = guestBuyer(backend!.url, shop)
      const holders: { release: () => Promise<void> }[] = []
      const hold = async (sql: string, values: unknown[] = []) => {
        const holder = await holdLock(sql, values)
        holders.push(holder)
        return holder
      }
      const completions: Promise<unknown>[] = []
      const completeInBackground = (cart: KilledCart) => completions.push(buyer.complete(cart.id).catch(() => undefined))
      try {
        // First the points after the cart's link, whose completions must get past it.
        const reservationHolder = await hold("select 1 from inventory_level where inventory_item_id = any($1) for update", inventoryItemsOf("unreserved"))
        const sessionHolder = await hold("select 1 from payment_session where id = $1 for update", [await paymentSessionOf(unauthorised.id)])
        for (const cart of [unreserved, unauthorised]) completeInBackground(cart)
        await waitUntilBlocked(reservationHolder, 1, "reservation")
        await waitUntilBlocked(sessionHolder, 1, "payment authorisation")
        // Then the link: no completion gets an order_cart row while this is held.
        const linkHolder = await hold("lock table order_cart in exclusive mode")
        await hold("select 1 from cart where id = $1 for update", [orderOnly.id])
        await hold("select 1 from inventory_level where inventory_item_id = any($1) for update", inventoryItemsOf("order-only"))
        for (const cart of [orderOnly, unlinked]) completeInBackground(cart)
        // Their orders are written; nothing of theirs that the held locks guard can be, whichever of
        // the side-by-side steps has reached its lock yet.
        await waitUntilOrdered([orderOnly, unlinked], "cart link")
        await waitUntilBlocked(linkHolder, 1, "cart link")
        // Last the order itself.
        const orderHolder = await hold('lock table "order" in exclusive mode')
        completeInBackground(noOrder)
        await waitUntilBlocked(orderHolder, 1, "order")
        say("Five completions wait at five points; killing the backend.")
        await backend!.kill()
      } finally {
        for (const holder of holders) await holder.release()
      }
      await Promise.all(completions)
      carts.push(...killed)
      await restart()
      say(`Restarted. What the kill left (${retriedAtOnce ? "completed again at once" : "left to the reconciler"}):`)
      await recordWhatKillsLeft(killed)
      if (retriedAtOnce) for (const cart of killed) await completeAgainAndCheck(cart)
    }
  })

  test("killed at random moments of completions side by side, every cart keeps one whole order or none", async () => {
    for (let round = 1; round <= RANDOM_ROUNDS; round++) {
      const killed = await readyCarts(Array.from({ length: CARTS_PER_RANDOM_ROUND }, () => ({ point: "", pack: "general" })))
      const buyer = guestBuyer(backend!.url, shop)
      const starts = killed.map(() => Math.round(Math.random() * batchMs * 0.5))
      const begun = Date.now()
      const completions = killed.map((cart, index) =>
        new Promise((resolve) => setTimeout(resolve, starts[index])).then(() => buyer.complete(cart.id).catch(() => undefined)),
      )
      // Odd rounds at a moment of the batch's run; even ones a moment after the first order is written,
      // when the others are anywhere between their start and their end.
      let trigger: string
      if (round % 2) {
        await sleep(Math.round(batchMs * (0.3 + 0.7 * Math.random())))
        trigger = "into the batch"
      } else {
        const emails = killed.map((cart) => cart.email)
        const deadline = Date.now() + BLOCKED_WAIT_MS
        while (Number((await database.query<{ n: string }>('select count(*) as n from "order" where email = any($1)', [emails]))[0]!.n) === 0) {
          assert.ok(Date.now() < deadline, `No completion of round ${round} wrote an order within ${BLOCKED_WAIT_MS / 1000} s.`)
          await sleep(10)
        }
        const delay = Math.round(Math.random() * completionMs * 0.5)
        await sleep(delay)
        trigger = `after the first order + ${delay} ms`
      }
      const killAt = Date.now() - begun
      await backend!.kill()
      await Promise.all(completions)
      killed.forEach((cart, index) => {
        cart.point = `random ${round}: started at ${starts[index]} ms, killed at ${killAt} ms (${trigger})`
      })
      carts.push(...killed)
      await restart()
      say(`Round ${round} restarted. What the kill left:`)
      await recordWhatKillsLeft(killed)
      for (const cart of killed.filter((c) => c.retriedAtOnce)) await completeAgainAndCheck(cart)
    }
  })

  test("the reconciler settles the carts nobody completed again, and completing any of them again answers with its one order", async () => {
    say(`Kills left: ${[...leftByKills].map(([state, count]) => `${count} × ${state}`).join("; ")}.`)
    const deadline = Date.now() + RECONCILER_WAIT_MS
    let unsettled: string[] = []
    do {
      unsettled = []
      for (const cart of carts) {
        const state = await cartState(cart)
        if (!isSettled(state)) unsettled.push(`${cart.point}: ${describeState(state)}`)
      }
      if (!unsettled.length) break
      await sleep(2000)
    } while (Date.now() < deadline)
    const reconcilerLines = backends.flatMap((process) => process.output()).filter((line) => /completion was cut off|reconcile-cart-completions/.test(line))
    say(`The reconciler said:\n${reconcilerLines.join("\n") || "(nothing)"}`)
    assert.deepEqual(unsettled, [], `Carts still unsettled ${RECONCILER_WAIT_MS / 1000} s after the restart`)
    say(`All ${carts.length} killed carts hold one whole order or none; completing each again.`)
    for (const cart of carts) await completeAgainAndCheck(cart)
    for (const cart of carts.slice(0, 3)) await completeAgainAndCheck(cart)
  })
})
