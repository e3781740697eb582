/**
 * Signing in by email and password, on a real Postgres: too many attempts for an account or from
 * an address are refused with 429 and Retry-After until the wait passes; a wrong password and an
 * unknown email get the same answer in about the same time. With a Redis on 127.0.0.1:6379, two
 * backend processes' throttles count together. Registering, whose answers and timing must not
 * tell an email with an account from a new one either, is registration.spec.ts's.
 */
import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Redis from "ioredis"
import { RedisAttemptStore, SignInThrottle } from "../../src/lib/sign-in-throttle"
import { answer } from "../helpers"

jest.setTimeout(5 * 60 * 1000)

/** The first lock, short so the test can wait it out; each further failure doubles it. */
const LOCK_SECONDS = 3

type Answer = { status: number; headers: Record<string, string>; data: { type?: string; code?: string; message?: string; token?: string } }
type Api = { post: (url: string, body: unknown, config?: unknown) => Promise<Answer> }


/** A customer account with a password, as a confirmed registration leaves it (lib/registration.ts). */
async function createAccount(container: MedusaContainer, email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } } as Parameters<typeof auth.register>[1])
  await createCustomerAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, customerData: { email } } })
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const pause = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 100))

medusaIntegrationTestRunner({
  inApp: true,
  env: { SIGN_IN_LOCK_SECONDS: String(LOCK_SECONDS) },
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    // The test client connects from 127.0.0.1, a trusted proxy by default, as the storefront does:
    // each test speaks for clients of its own addresses.
    const from = (address: string) => ({ headers: { "x-forwarded-for": address } })
    const signIn = (email: string, password: string, address: string, actor = "customer") =>
      answer(api.post(`/auth/${actor}/emailpass`, { email, password }, from(address)))

    it("makes an account wait after 5 wrong passwords, even for the right one, then lets the right one in", async () => {
      await createAccount(getContainer(), "lan@example.vn", "ocop-lan-2025")
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await signIn("lan@example.vn", `wrong-${attempt}`, "192.0.2.1")).status).toBe(401)
      }

      const locked = await signIn("lan@example.vn", "ocop-lan-2025", "192.0.2.1")
      expect(locked.status).toBe(429)
      expect(locked.data).toEqual({
        type: "not_allowed",
        code: "too_many_attempts",
        message: expect.stringMatching(/^There have been too many sign-in attempts for this account or from your network\. Wait \d seconds? and try again, or reset your password\.$/),
      })
      const wait = Number(locked.headers["retry-after"])
      expect(wait).toBeGreaterThanOrEqual(1)
      expect(wait).toBeLessThanOrEqual(LOCK_SECONDS)
      // The lock is the account's: the same email in another case, from another network, as another actor.
      expect((await signIn("LAN@Example.VN", "ocop-lan-2025", "198.51.100.20")).status).toBe(429)
      expect((await signIn("lan@example.vn", "ocop-lan-2025", "198.51.100.21", "user")).status).toBe(429)

      await pause(wait)
      // One more failure after the wait doubles the next one.
      expect((await signIn("lan@example.vn", "wrong-6", "192.0.2.1")).status).toBe(401)
      const longer = await signIn("lan@example.vn", "ocop-lan-2025", "192.0.2.1")
      expect(longer.status).toBe(429)
      expect(Number(longer.headers["retry-after"])).toBeGreaterThan(LOCK_SECONDS)

      await pause(Number(longer.headers["retry-after"]))
      const right = await signIn("lan@example.vn", "ocop-lan-2025", "192.0.2.1")
      expect(right.status).toBe(200)
      expect(right.data.token).toEqual(expect.any(String))
      // The success starts the account again from nothing: 5 more tries before a wait.
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await signIn("lan@example.vn", `wrong-again-${attempt}`, "192.0.2.1")).status).toBe(401)
      }
      expect((await signIn("lan@example.vn", "ocop-lan-2025", "192.0.2.1")).status).toBe(429)
    })

    it("makes an unknown email wait the same way, so a wait says nothing of the account", async () => {
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await signIn("nobody@example.vn", `guess-${attempt}`, "192.0.2.2")).status).toBe(401)
      }
      const locked = await signIn("nobody@example.vn", "guess-6", "192.0.2.2")
      expect(locked.status).toBe(429)
      expect(locked.data.code).toBe("too_many_attempts")
    })

    it("makes an address that tried 30 emails wait, whichever email it tries next, and no other address", async () => {
      for (let email = 1; email <= 30; email++) {
        expect((await signIn(`guess-${email}@example.vn`, "ocop-2025", "203.0.113.30")).status).toBe(401)
      }
      const locked = await signIn("guess-31@example.vn", "ocop-2025", "203.0.113.30")
      expect(locked.status).toBe(429)
      expect(Number(locked.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect((await signIn("guess-31@example.vn", "ocop-2025", "203.0.113.31")).status).toBe(401)
    })

    it("answers a wrong password alike for an account, a login awaiting its email's confirmation and an unknown email, in about the same time", async () => {
      const rounds = 10
      const timings = { existing: [] as number[], awaiting: [] as number[], unknown: [] as number[] }
      const auth = getContainer().resolve(Modules.AUTH)
      for (let round = 0; round < rounds; round++) {
        await createAccount(getContainer(), `timing-${round}@example.vn`, "ocop-timing-2025")
        // What POST /store/registrations leaves until the link is opened: a login without its customer.
        await auth.register("emailpass", { body: { email: `awaiting-${round}@example.vn`, password: "ocop-timing-2025" } } as Parameters<typeof auth.register>[1])
      }
      const timed = async (kind: keyof typeof timings, email: string, address: string) => {
        const started = performance.now()
        const refused = await signIn(email, "not-the-password", address)
        timings[kind].push(performance.now() - started)
        return refused
      }
      for (let round = 0; round < rounds; round++) {
        const wrong = await timed("existing", `timing-${round}@example.vn`, `198.51.100.${round + 1}`)
        const awaiting = await timed("awaiting", `awaiting-${round}@example.vn`, `198.51.100.${round + 51}`)
        const nobody = await timed("unknown", `nobody-${round}@example.vn`, `198.51.100.${round + 101}`)
        expect(wrong.status).toBe(401)
        for (const other of [awaiting, nobody]) {
          expect(other.status).toBe(wrong.status)
          expect(other.data).toEqual(wrong.data)
        }
      }
      const [existing, awaiting, unknown] = [median(timings.existing), median(timings.awaiting), median(timings.unknown)]
      console.log(
        `Wrong password, median of ${rounds}: existing account ${existing.toFixed(0)} ms, awaiting confirmation ${awaiting.toFixed(0)} ms, unknown email ${unknown.toFixed(0)} ms`,
      )
      // Each hashes the password once; before, an unknown email was refused in a tenth of the time.
      for (const other of [awaiting, unknown]) {
        expect(other).toBeGreaterThan(existing * 0.6)
        expect(other).toBeLessThan(existing * 1.6)
      }
    })
  },
})

describe("sign-in attempts counted in Redis", () => {
  const redisUrl = "redis://127.0.0.1:6379"

  it("are shared by the throttles of two backend processes", async () => {
    const probe = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 1_000, maxRetriesPerRequest: 0, retryStrategy: () => null })
    probe.on("error", () => {})
    try {
      await probe.ping()
    } catch (error) {
      console.log(`Skipped: no Redis answers on 127.0.0.1:6379 (${(error as Error).message}), so sharing counts through Redis is not checked.`)
      probe.disconnect()
      return
    }
    // A prefix of this run's own, so other runs on the same Redis count apart.
    const prefix = `ocop-test:{sign-in-${randomUUID()}}:`
    const first = new SignInThrottle(new RedisAttemptStore(redisUrl, prefix))
    const second = new SignInThrottle(new RedisAttemptStore(redisUrl, prefix))
    try {
      for (let attempt = 1; attempt <= 3; attempt++) expect((await first.signIn("lan@example.vn", "192.0.2.1")).allowed).toBe(true)
      for (let attempt = 4; attempt <= 5; attempt++) expect((await second.signIn("lan@example.vn", "192.0.2.2")).allowed).toBe(true)
      const locked = await first.signIn("Lan@Example.vn", "192.0.2.3")
      expect(locked).toEqual({ allowed: false, retryAfterSeconds: 60 })
      expect((await second.signIn("lan@example.vn", "192.0.2.4")).allowed).toBe(false)

      // A success in one process clears the account for the other.
      const other = await second.signIn("mai@example.vn", "192.0.2.5")
      for (let attempt = 2; attempt <= 4; attempt++) await first.signIn("mai@example.vn", "192.0.2.5")
      if (!other.allowed) throw new Error("Mai's first attempt should go ahead")
      await other.succeeded()
      for (let attempt = 1; attempt <= 5; attempt++) expect((await first.signIn("mai@example.vn", "192.0.2.6")).allowed).toBe(true)
      expect((await second.signIn("mai@example.vn", "192.0.2.6")).allowed).toBe(false)
    } finally {
      const keys = await probe.keys(`${prefix}*`)
      if (keys.length) await probe.del(...keys)
      await Promise.all([first.close(), second.close()])
      probe.disconnect()
    }
  })
})
