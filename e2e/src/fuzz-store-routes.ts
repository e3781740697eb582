/**
 * Bounded fuzzing of every route a buyer, a producer or the showroom can call: Medusa's own store
 * and auth routes and the project's (backend/src/api/{store,producer,pos,hooks}), found by reading
 * the route files, so a new route is fuzzed the day it exists. Each request is small (at most
 * MAX_BODY_BYTES), has a timeout, and is drawn from a seeded generator, so a run can be repeated.
 *
 * The values are the ones that broke the shop before: NUL and control characters, broken
 * percent-encoding, negative and huge numbers, impossible dates, empty ids, wrong types, long
 * strings, operators in query keys, and bodies that are not JSON.
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { REPO_ROOT } from "./stack"

export type FuzzTarget = { backendUrl: string; publishableKey: string; knownIds: Record<string, string[]> }
export type FuzzResult = { requests: number; byStatus: Map<string, number>; serverErrors: string[] }

type Route = { method: "GET" | "POST" | "DELETE"; template: string }

const MAX_BODY_BYTES = 8_192
const TIMEOUT_MS = 30_000

/** The route files under `api`, as "/store/carts/[id]/complete" with the methods each exports. */
function routesIn(apiDir: string, prefixes: string[]): Route[] {
  const routes: Route[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry)
      if (statSync(full).isDirectory()) walk(full)
      else if (/^route\.(js|ts)$/.test(entry)) {
        const template = `/${path.relative(apiDir, dir).split(path.sep).join("/")}`
        const source = readFileSync(full, "utf8")
        for (const method of ["GET", "POST", "DELETE"] as const) {
          if (new RegExp(`(exports\\.${method}\\b|export (async )?(function|const) ${method}\\b)`).test(source)) routes.push({ method, template })
        }
      }
    }
  }
  for (const prefix of prefixes) {
    const dir = path.join(apiDir, prefix)
    try {
      if (statSync(dir).isDirectory()) walk(dir)
    } catch {
      // This part of the API does not exist (yet): nothing to fuzz there.
    }
  }
  return routes
}

export function fuzzedRoutes(): Route[] {
  const medusa = path.join(REPO_ROOT, "node_modules", "@medusajs", "medusa", "dist", "api")
  const ours = path.join(REPO_ROOT, "backend", "src", "api")
  const all = [...routesIn(medusa, ["store", "auth"]), ...routesIn(ours, ["store", "producer", "pos", "hooks"])]
  const seen = new Set<string>()
  return all.filter((route) => {
    const key = `${route.method} ${route.template}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Mulberry32: small, fast, and the same sequence for the same seed. */
function generator(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!
  return { next, pick }
}

// Raw (already percent-encoded where it matters) values for a path segment or a query value.
const BAD_RAW_VALUES = [
  "%00",
  "abc%00def",
  "%E0%A4%A",
  "%",
  "%zz",
  "%C0%AF",
  "-1",
  "0",
  "99999999999999999999",
  "1e309",
  "NaN",
  "",
  "%20",
  "..%2F..%2Fetc%2Fpasswd",
  "'%20OR%201=1--",
  "%22%3E%3Cscript%3E",
  encodeURIComponent("mật ong"),
  encodeURIComponent("Ⅷ\u0301\u202e"),
  "x".repeat(600),
  "%0d%0aSet-Cookie:%20a=b",
  "null",
  "true",
  "[]",
  "{}",
  "not-a-date",
  "2026-13-45T99:99:99Z",
]

const QUERY_KEYS = [
  "limit",
  "offset",
  "fields",
  "order",
  "q",
  "id",
  "handle",
  "tag_id",
  "cart_id",
  "region_id",
  "currency_code",
  "category_id",
  "collection_id",
  "sales_channel_id",
  "created_at[$gt]",
  "updated_at[$lt]",
  "created_at[$foo]",
  "id[]",
  "star",
  "page",
  "sort",
  "province",
  "expand",
  "with_deleted",
]

function badBody(random: ReturnType<typeof generator>): { body: string; contentType: string } {
  const value = (): unknown =>
    random.pick<() => unknown>([
      () => random.pick(["", "\u0000", "x".repeat(2000), "mật ong", "<script>", "-1", "2026-02-30"]),
      () => random.pick([-1, 0, 1.5, 1e300, Number.MAX_SAFE_INTEGER + 2]),
      () => random.pick([null, true, false]),
      () => [random.pick(["a", 1, null])],
      () => ({ $gt: random.pick(["", "x", 1]) }),
    ])()
  const keys = [
    "email",
    "first_name",
    "last_name",
    "address_1",
    "phone",
    "metadata",
    "quantity",
    "variant_id",
    "region_id",
    "provider_id",
    "cart_id",
    "kind",
    "shipping_address",
    "password",
    "promo_codes",
    "option_id",
    "items",
  ]
  const kind = random.next()
  if (kind < 0.1) return { body: random.pick(["{", "[1,", "\u0000", "null", '"x"', "x".repeat(4000)]), contentType: "application/json" }
  if (kind < 0.15) return { body: "email=a&password=b", contentType: "application/x-www-form-urlencoded" }
  const object: Record<string, unknown> = {}
  const count = 1 + Math.floor(random.next() * 4)
  for (let i = 0; i < count; i++) object[random.pick(keys)] = random.next() < 0.2 ? { nested: value(), metadata: { k: value() } } : value()
  const body = JSON.stringify(object).slice(0, MAX_BODY_BYTES)
  return { body, contentType: "application/json" }
}

function pathFor(route: Route, target: FuzzTarget, random: ReturnType<typeof generator>): string {
  return route.template.replace(/\[([^\]]+)\]/g, (_whole, name: string) => {
    const known = target.knownIds[name] ?? []
    // Half the time a real id or handle, so the route's deeper code runs too.
    if (known.length > 0 && random.next() < 0.5) return encodeURIComponent(random.pick(known))
    if (name === "actor_type") return random.pick(["customer", "user", "producer", "x%00", "%E0%A4%A"])
    if (name === "auth_provider") return random.pick(["emailpass", "google", "%00"])
    return random.pick(BAD_RAW_VALUES)
  })
}

function queryFor(random: ReturnType<typeof generator>): string {
  const count = Math.floor(random.next() * 4)
  const parts: string[] = []
  for (let i = 0; i < count; i++) parts.push(`${encodeURI(random.pick(QUERY_KEYS))}=${random.pick(BAD_RAW_VALUES)}`)
  return parts.length ? `?${parts.join("&")}` : ""
}

type FuzzRequest = { method: Route["method"]; url: string; headers: Record<string, string>; body?: string }

/** The run's requests, drawn before any is sent: the same seed gives the same requests, whatever the timing. */
function drawRequests(target: FuzzTarget, count: number, seed: number): FuzzRequest[] {
  const routes = fuzzedRoutes()
  const random = generator(seed)
  return Array.from({ length: count }, () => {
    const route = random.pick(routes)
    const url = `${target.backendUrl}${pathFor(route, target, random)}${queryFor(random)}`
    const headers: Record<string, string> = { "x-publishable-api-key": random.next() < 0.9 ? target.publishableKey : "pk_wrong" }
    if (route.method !== "POST") return { method: route.method, url, headers }
    const bad = badBody(random)
    return { method: route.method, url, headers: { ...headers, "content-type": bad.contentType }, body: bad.body }
  })
}

/** Sends `requests` fuzzed requests, `concurrency` at a time; counts answers by status. */
export async function fuzzStoreRoutes(target: FuzzTarget, options: { requests: number; concurrency: number; seed: number }): Promise<FuzzResult> {
  const queue = drawRequests(target, options.requests, options.seed)
  const byStatus = new Map<string, number>()
  const serverErrors: string[] = []
  const summarize = (request: FuzzRequest) => `${request.method} ${request.url.slice(target.backendUrl.length, target.backendUrl.length + 160)}`
  const send = async (request: FuzzRequest) => {
    let status: string
    try {
      const response = await fetch(request.url, { ...request, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: "manual" })
      status = String(response.status)
      const text = await response.text()
      if (response.status >= 500 && serverErrors.length < 20) serverErrors.push(`${status} ${summarize(request)} → ${text.slice(0, 160)}`)
    } catch (error) {
      status = error instanceof Error && error.name === "TimeoutError" ? "timeout" : "no answer"
      if (serverErrors.length < 20) serverErrors.push(`${status} ${summarize(request)}`)
    }
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1)
  }
  let next = 0
  const worker = async () => {
    while (next < queue.length) await send(queue[next++]!)
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  return { requests: queue.length, byStatus, serverErrors }
}
