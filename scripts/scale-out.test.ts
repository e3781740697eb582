/**
 * The backend scaled out as production runs it with REDIS_URL (issue 13): two
 * `MEDUSA_WORKER_MODE=server` processes behind a round-robin proxy and one `worker`, sharing one
 * Redis (events, workflows, cache, locks), one Postgres and one Meilisearch. Thirty buyers
 * completing at once through both servers get exactly the five packs in stock, and a product
 * changed through a server reaches search and the storefront through the worker alone. 200 rapid
 * price and stock changes through both servers, with Meilisearch down for 30 s in the middle, leave
 * the index as Postgres says once it is back.
 *
 * The backend is built once and runs as `npm start -- --production` runs it, on a database of its
 * own, with a Redis database of its own (the first empty one from 15 down, claimed by a key and
 * emptied afterwards). Where no Redis answers (REDIS_URL, else 127.0.0.1:6379), it says so and
 * passes.
 */
import assert from "node:assert/strict"
import { mkdtemp, rm } from "node:fs/promises"
import http from "node:http"
import type { AddressInfo } from "node:net"
import net from "node:net"
import { tmpdir } from "node:os"
import path from "node:path"
import { after, before, describe, test } from "node:test"
import { eventually, startTestMeilisearch } from "../backend/integration-tests/helpers"
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

const BUYERS = 30
const PACKS_IN_STOCK = 5
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379"
const REVALIDATE_SECRET = "scale-out-test-revalidate-secret"
const OPERATOR = { email: "operator@test.example.vn", password: "operator-test-password" }
const CLAIM_KEY = "ocop:scale-out-test:claim"
/** The products the rapid updates go to, and how many updates in all. */
const BUSY_PACKS = ["busy-1", "busy-2", "busy-3", "busy-4"]
const RAPID_UPDATES = 200
const MEILISEARCH_OUTAGE_MS = 30_000

const started = Date.now()
const say = (line: string) => console.log(`[scale-out ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)

/** Just enough of Redis's protocol to find, claim and empty a database of the suite's own. */
class Redis {
  private buffer = Buffer.alloc(0)
  private readonly waiting: { resolve: (reply: unknown) => void; reject: (error: Error) => void }[] = []

  private constructor(private readonly socket: net.Socket) {
    socket.on("data", (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk])
      for (let parsed = this.parse(0); parsed; parsed = this.parse(0)) {
        this.buffer = this.buffer.subarray(parsed.end)
        const waiter = this.waiting.shift()
        if (parsed.reply instanceof Error) waiter?.reject(parsed.reply)
        else waiter?.resolve(parsed.reply)
      }
    })
    socket.on("error", (error) => {
      for (const waiter of this.waiting.splice(0)) waiter.reject(error)
    })
  }

  /** A connection to `url`, or undefined when nothing answers there within a second. */
  static async connect(url: string): Promise<Redis | undefined> {
    const { hostname, port, password } = new URL(url)
    const socket = net.connect({ host: hostname || "127.0.0.1", port: Number(port || 6379) })
    const connected = await new Promise<boolean>((resolve) => {
      socket.setTimeout(1000, () => resolve(false))
      socket.once("connect", () => resolve(true))
      socket.once("error", () => resolve(false))
    })
    socket.setTimeout(0)
    if (!connected) {
      socket.destroy()
      return undefined
    }
    const redis = new Redis(socket)
    try {
      if (password) await redis.command("AUTH", decodeURIComponent(password))
      return (await redis.command("PING")) === "PONG" ? redis : undefined
    } catch {
      redis.close()
      return undefined
    }
  }

  command(...args: (string | number)[]): Promise<unknown> {
    const parts = args.map(String)
    const request = `*${parts.length}\r\n${parts.map((part) => `$${Buffer.byteLength(part)}\r\n${part}\r\n`).join("")}`
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject })
      this.socket.write(request)
    })
  }

  close(): void {
    this.socket.destroy()
  }

  /** One whole reply from `start`, or undefined while more is to come. */
  private parse(start: number): { reply: unknown; end: number } | undefined {
    const lineEnd = this.buffer.indexOf("\r\n", start)
    if (lineEnd < 0) return undefined
    const kind = String.fromCharCode(this.buffer[start]!)
    const line = this.buffer.toString("utf8", start + 1, lineEnd)
    const next = lineEnd + 2
    if (kind === "+") return { reply: line, end: next }
    if (kind === "-") return { reply: new Error(line), end: next }
    if (kind === ":") return { reply: Number(line), end: next }
    if (kind === "$") {
      const length = Number(line)
      if (length < 0) return { reply: null, end: next }
      if (this.buffer.length < next + length + 2) return undefined
      return { reply: this.buffer.toString("utf8", next, next + length), end: next + length + 2 }
    }
    const items: unknown[] = []
    let end = next
    for (let i = 0; i < Number(line); i++) {
      const item = this.parse(end)
      if (!item) return undefined
      items.push(item.reply)
      end = item.end
    }
    return { reply: items, end }
  }
}

/** The first empty Redis database from 15 down, claimed so that a second run of the suite picks another. */
async function claimRedisDatabase(redis: Redis): Promise<number> {
  for (let db = 15; db >= 1; db--) {
    await redis.command("SELECT", db)
    if (Number(await redis.command("DBSIZE")) !== 0) continue
    if ((await redis.command("SET", CLAIM_KEY, String(process.pid), "NX", "EX", 3600)) === "OK") return db
  }
  throw new Error(`Redis at ${REDIS_URL} has no empty database among 1–15 for the suite.`)
}

function redisUrlOfDatabase(db: number): string {
  const url = new URL(REDIS_URL)
  url.pathname = `/${db}`
  return url.toString()
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** A load balancer's stand-in: each request to the next server in turn; it counts who served the completions. */
async function startRoundRobinProxy(targets: BackendProcess[]) {
  let next = 0
  const completionsServed = new Map<string, number>(targets.map((target) => [target.name, 0]))
  const server = http.createServer((request, response) => {
    const target = targets[next++ % targets.length]!
    if (request.url?.endsWith("/complete")) completionsServed.set(target.name, completionsServed.get(target.name)! + 1)
    const upstream = http.request(new URL(request.url ?? "/", target.url), { method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(response)
    })
    upstream.on("error", () => {
      response.writeHead(502)
      response.end()
    })
    request.pipe(upstream)
  })
  return { url: await listen(server), completionsServed, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

type RevalidationCall = { tags: string[]; authorized: boolean }

/** The storefront's `POST /api/revalidate` as seen by one backend process: each process is given its own. */
async function startRevalidationRecorder() {
  const calls: RevalidationCall[] = []
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://recorder")
    if (request.method === "POST" && url.pathname === "/api/revalidate") {
      calls.push({ tags: url.searchParams.getAll("tag"), authorized: request.headers.authorization === `Bearer ${REVALIDATE_SECRET}` })
    }
    response.writeHead(200, { "content-type": "application/json" })
    response.end(JSON.stringify({ revalidated: true }))
  })
  return { url: await listen(server), calls, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

let redis: Redis | undefined
let redisDb: number | undefined
let folder: string
let database: TestDatabase
let shop: TestShop
let meilisearch: Awaited<ReturnType<typeof startTestMeilisearch>> | undefined
let recorders: Record<"server-a" | "server-b" | "worker", Awaited<ReturnType<typeof startRevalidationRecorder>>>
let backends: BackendProcess[] = []
let proxy: Awaited<ReturnType<typeof startRoundRobinProxy>> | undefined

describe("two servers and a worker on one Redis", () => {
  before(async () => {
    redis = await Redis.connect(REDIS_URL)
    if (!redis) {
      console.log(`skipped: no Redis on ${REDIS_URL} (set REDIS_URL to run the scale-out suite)`)
      return
    }
    redisDb = await claimRedisDatabase(redis)
    say(`Redis database ${redisDb} of ${REDIS_URL} is the suite's.`)
    folder = await mkdtemp(path.join(tmpdir(), "ocop-scale-out-"))
    await buildBackendOnce(say)
    ;[database, meilisearch] = await Promise.all([createTestDatabase("ocop_scale_out"), startTestMeilisearch()])
    const env = backendEnv(database, path.join(folder, "uploads"))
    shop = await setUpTestShop(
      env,
      {
        operator: OPERATOR,
        packs: {
          scarce: { priceVnd: 120_000, stock: PACKS_IN_STOCK },
          renamed: { priceVnd: 80_000, stock: 50 },
          ...Object.fromEntries(BUSY_PACKS.map((name) => [name, { priceVnd: 60_000, stock: 10 }])),
        },
      },
      say,
    )
    recorders = { "server-a": await startRevalidationRecorder(), "server-b": await startRevalidationRecorder(), worker: await startRevalidationRecorder() }
    const scaledOut = (name: keyof typeof recorders, mode: "server" | "worker") =>
      startBackend(name, {
        ...env,
        REDIS_URL: redisUrlOfDatabase(redisDb!),
        MEDUSA_WORKER_MODE: mode,
        MEILISEARCH_HOST: meilisearch!.host,
        MEILISEARCH_MASTER_KEY: meilisearch!.masterKey,
        REVALIDATE_SECRET,
        STOREFRONT_REVALIDATE_URLS: recorders[name].url,
      })
    say("Starting two servers and a worker…")
    const results = await Promise.allSettled([scaledOut("server-a", "server"), scaledOut("server-b", "server"), scaledOut("worker", "worker")])
    backends = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []))
    const failed = results.find((result) => result.status === "rejected")
    if (failed) throw (failed as PromiseRejectedResult).reason
    proxy = await startRoundRobinProxy(backends.filter((backend) => backend.name !== "worker"))
    say(`Up: the proxy at ${proxy.url} in front of both servers.`)
  })

  after(async () => {
    await Promise.all(backends.map((backend) => backend.kill()))
    await proxy?.close()
    if (recorders) await Promise.all(Object.values(recorders).map((recorder) => recorder.close()))
    await meilisearch?.stop()
    await database?.drop()
    if (folder) await rm(folder, { recursive: true, force: true })
    if (redis && redisDb !== undefined) await redis.command("FLUSHDB")
    redis?.close()
  })

  test(`${BUYERS} buyers completing at once through both servers get exactly the ${PACKS_IN_STOCK} packs in stock`, async (t) => {
    if (!redis) return t.skip(`no Redis on ${REDIS_URL}`)
    const buyer = guestBuyer(proxy!.url, shop)
    const cartIds: string[] = []
    for (let i = 0; i < BUYERS; i += 5) {
      cartIds.push(
        ...(await Promise.all(Array.from({ length: Math.min(5, BUYERS - i) }, (_, j) => buyer.readyCart(`buyer-${i + j}@test.example.vn`, shop.packs.scarce!.variantId)))),
      )
    }
    const answers = await Promise.all(cartIds.map((cartId) => buyer.complete(cartId).catch((error: Error) => ({ status: 0, body: error.message }))))
    const orders = answers.filter((answer) => answer.status === 200 && answer.body?.type === "order")
    const refused = answers.filter((answer) => answer.status >= 400 && answer.status < 500)
    const failed = answers.filter((answer) => !orders.includes(answer) && !refused.includes(answer))
    const statuses = [...new Set(refused.map((answer) => answer.status))].join(", ")
    say(`${BUYERS} completions: ${orders.length} orders, ${refused.length} refused (${statuses}), ${failed.length} otherwise; served by ${[...proxy!.completionsServed].map(([name, count]) => `${name} ${count}`).join(", ")}.`)
    assert.deepEqual(failed.map((answer) => `${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`), [], "Every buyer is answered with an order or a 4xx refusal, never a 5xx")
    assert.equal(orders.length, PACKS_IN_STOCK)
    assert.equal(refused.length, BUYERS - PACKS_IN_STOCK)
    for (const [name, count] of proxy!.completionsServed) assert.ok(count > 0, `${name} served no completion`)

    const [stock] = await database.query<{ stocked: string; reserved: string; reservations: string; ordered: string }>(
      `select l.stocked_quantity as stocked, l.reserved_quantity as reserved,
         (select coalesce(sum(quantity), 0) from reservation_item r where r.inventory_item_id = l.inventory_item_id and r.deleted_at is null) as reservations,
         (select coalesce(sum(oi.quantity), 0) from order_item oi join order_line_item li on li.id = oi.item_id join "order" o on o.id = oi.order_id
            where li.variant_id = $2 and o.deleted_at is null and oi.deleted_at is null) as ordered
       from inventory_level l where l.inventory_item_id = $1 and l.deleted_at is null`,
      [shop.packs.scarce!.inventoryItemId, shop.packs.scarce!.variantId],
    )
    say(`Stock of the pack: ${stock!.stocked} stocked, ${stock!.reserved} reserved (${stock!.reservations} in reservations), ${stock!.ordered} ordered.`)
    assert.deepEqual(
      { stocked: Number(stock!.stocked), reserved: Number(stock!.reserved), reservations: Number(stock!.reservations), ordered: Number(stock!.ordered) },
      { stocked: PACKS_IN_STOCK, reserved: PACKS_IN_STOCK, reservations: PACKS_IN_STOCK, ordered: PACKS_IN_STOCK },
    )
  })

  test("a product renamed through a server reaches search and the storefront through the worker", async (t) => {
    if (!redis) return t.skip(`no Redis on ${REDIS_URL}`)
    const pack = shop.packs.renamed!
    const documentUrl = new URL(`/indexes/products/documents/${pack.productId}`, meilisearch!.host)
    const titleInSearch = async () => {
      const response = await fetch(documentUrl, { headers: { Authorization: `Bearer ${meilisearch!.masterKey}` } })
      return response.ok ? ((await response.json()) as { title: string }).title : undefined
    }
    // The worker builds the index when it starts, as it finds none.
    await eventually(titleInSearch, (title) => title !== undefined, 60_000)
    for (const recorder of Object.values(recorders)) recorder.calls.length = 0

    const token = await operatorToken()
    const title = "Gạo Hải Hậu vụ mùa mới"
    const update = await fetch(new URL(`/admin/products/${pack.productId}`, proxy!.url), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ title }),
    })
    assert.equal(update.status, 200, `The update answered ${update.status}: ${await update.clone().text()}`)

    await eventually(titleInSearch, (found) => found === title, 30_000)
    const productTag = `product:${pack.productHandle}`
    await eventually(async () => recorders.worker.calls, (calls) => calls.some((call) => call.tags.includes(productTag)), 30_000)
    say(`The worker revalidated ${recorders.worker.calls.flatMap((call) => call.tags).join(", ")}.`)
    assert.ok(recorders.worker.calls.every((call) => call.authorized), "The worker's revalidation carries the shared secret")
    assert.deepEqual(recorders["server-a"].calls, [], "server-a revalidated the storefront itself")
    assert.deepEqual(recorders["server-b"].calls, [], "server-b revalidated the storefront itself")
  })

  test(`${RAPID_UPDATES} rapid price and stock changes through both servers, Meilisearch down for ${MEILISEARCH_OUTAGE_MS / 1000} s among them, leave the index as Postgres says`, async (t) => {
    if (!redis) return t.skip(`no Redis on ${REDIS_URL}`)
    const token = await operatorToken()
    const admin = (route: string, body: unknown) =>
      fetch(new URL(route, proxy!.url), {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      })
    const packs = BUSY_PACKS.map((name) => shop.packs[name]!)
    const indexed = async (productId: string) => {
      const response = await fetch(new URL(`/indexes/products/documents/${productId}`, meilisearch!.host), {
        headers: { Authorization: `Bearer ${meilisearch!.masterKey}` },
      })
      return response.ok ? ((await response.json()) as { price_vnd: number | null; in_stock: boolean; star_rating: number | null }) : undefined
    }
    await eventually(async () => Promise.all(packs.map((pack) => indexed(pack.productId))), (docs) => docs.every(Boolean), 60_000)

    // Each update is a new price or a new stock of one pack, in turns, ten at a time; the proxy
    // hands them to server-a and server-b by turns, and the worker syncs them all.
    let outage: Promise<void> | undefined
    for (let i = 0; i < RAPID_UPDATES; i += 10) {
      if (i === RAPID_UPDATES / 2) {
        say("Meilisearch stops for 30 s; updates go on.")
        await meilisearch!.pause()
        outage = new Promise((resolve) => setTimeout(resolve, MEILISEARCH_OUTAGE_MS)).then(async () => {
          await meilisearch!.resume()
          say("Meilisearch is back.")
        })
      }
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, j) => {
          const n = i + j
          // Each pack gets both kinds, in pairs; every third stock is none, so some end out of stock.
          const pack = packs[Math.floor(n / 2) % packs.length]!
          return n % 2 === 0
            ? admin(`/admin/products/${pack.productId}/variants/${pack.variantId}`, { prices: [{ amount: 50_000 + n * 100, currency_code: "vnd" }] })
            : admin(`/admin/inventory-items/${pack.inventoryItemId}/location-levels/${pack.locationId}`, { stocked_quantity: n % 3 === 0 ? 0 : n })
        }),
      )
      for (const answer of answers) assert.equal(answer.status, 200, `An update answered ${answer.status}: ${await answer.clone().text()}`)
    }
    await outage
    say(`${RAPID_UPDATES} updates answered.`)

    // Postgres, through Medusa's own tables, and what the index must say of each product.
    const truth = await Promise.all(
      packs.map(async (pack) => {
        const [row] = await database.query<{ amount: string; stocked: string; reserved: string }>(
          `select (select p.amount from product_variant_price_set vps join price p on p.price_set_id = vps.price_set_id
                    where vps.variant_id = $1 and p.currency_code = 'vnd' and p.deleted_at is null and vps.deleted_at is null
                    order by p.amount limit 1) as amount,
                  l.stocked_quantity as stocked, l.reserved_quantity as reserved
             from inventory_level l where l.inventory_item_id = $2 and l.location_id = $3 and l.deleted_at is null`,
          [pack.variantId, pack.inventoryItemId, pack.locationId],
        )
        return { price_vnd: Number(row!.amount), in_stock: Number(row!.stocked) - Number(row!.reserved) > 0, star_rating: null }
      }),
    )
    const inIndex = await eventually(
      async () => Promise.all(packs.map(async (pack) => indexed(pack.productId))),
      (docs) => docs.every((doc, i) => doc?.price_vnd === truth[i]!.price_vnd && doc.in_stock === truth[i]!.in_stock && doc.star_rating === truth[i]!.star_rating),
      90_000,
    )
    say(`The index after the outage: ${JSON.stringify(inIndex.map((doc) => ({ price_vnd: doc?.price_vnd, in_stock: doc?.in_stock })))}.`)
    assert.ok(new Set(truth.map((product) => product.in_stock)).size === 2, "The updates leave some packs in stock and some out")
    // The Postgres copy the fallback searches says the same.
    const stored = await database.query<{ id: string; price_vnd: number; in_stock: boolean; star_rating: number | null }>(
      "select id, price_vnd, in_stock, star_rating from product_search_document where id = any($1)",
      [packs.map((pack) => pack.productId)],
    )
    const storedOf = new Map(stored.map(({ id, ...row }) => [id, row]))
    assert.deepEqual(packs.map((pack) => storedOf.get(pack.productId)), truth)
  })

  /** The operator's bearer token, signed in through the proxy. */
  async function operatorToken(): Promise<string> {
    const signIn = await fetch(new URL("/auth/user/emailpass", proxy!.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(OPERATOR),
    })
    assert.equal(signIn.status, 200, `Signing in answered ${signIn.status}: ${await signIn.clone().text()}`)
    return ((await signIn.json()) as { token: string }).token
  }
})
