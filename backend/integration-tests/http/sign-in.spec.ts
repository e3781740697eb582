/**
 * Signing in and registering by email and password, on a real Postgres: too many attempts for an
 * account or from an address are refused with 429 and Retry-After until the wait passes; a wrong
 * password and an unknown email get the same answer in about the same time; a registration with
 * an email that has an account does not say so, and the owner is told instead. With a Redis on
 * 127.0.0.1:6379, two backend processes' throttles count together.
 */
import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Redis from "ioredis"
import { RedisAttemptStore, SignInThrottle } from "../../src/lib/sign-in-throttle"
import { REGISTRATION_REFUSED_MESSAGE } from "../../src/modules/emailpass/service"
import { REGISTRATION_ATTEMPTED_TEMPLATE } from "../../src/subscribers/tell-owner-of-registration-attempt"
import { answer, eventually } from "../helpers"

jest.setTimeout(5 * 60 * 1000)

/** The first lock, short so the test can wait it out; each further failure doubles it. */
const LOCK_SECONDS = 3

type Answer = { status: number; headers: Record<string, string>; data: { type?: string; code?: string; message?: string; token?: string } }
type Api = { post: (url: string, body: unknown, config?: unknown) => Promise<Answer> }


/** A customer account with a password, as the storefront's registration makes one. */
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
    const register = (email: string, password: string, address: string) =>
      answer(api.post("/auth/customer/emailpass/register", { email, password }, from(address)))

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

    it("answers a wrong password and an unknown email alike, in about the same time", async () => {
      const rounds = 10
      const existing: number[] = []
      const unknown: number[] = []
      for (let round = 0; round < rounds; round++) {
        await createAccount(getContainer(), `timing-${round}@example.vn`, "ocop-timing-2025")
      }
      for (let round = 0; round < rounds; round++) {
        let started = performance.now()
        const wrong = await signIn(`timing-${round}@example.vn`, "not-the-password", `198.51.100.${round + 1}`)
        existing.push(performance.now() - started)
        started = performance.now()
        const nobody = await signIn(`nobody-${round}@example.vn`, "not-the-password", `198.51.100.${round + 101}`)
        unknown.push(performance.now() - started)
        expect(wrong.status).toBe(401)
        expect(nobody.status).toBe(wrong.status)
        expect(nobody.data).toEqual(wrong.data)
      }
      console.log(
        `Wrong password, median of ${rounds}: existing account ${median(existing).toFixed(0)} ms, unknown email ${median(unknown).toFixed(0)} ms`,
      )
      // Both hash the password once; before, an unknown email was refused in a tenth of the time.
      expect(median(unknown)).toBeGreaterThan(median(existing) * 0.6)
      expect(median(unknown)).toBeLessThan(median(existing) * 1.6)
    })

    it("refuses a registration with an email that has an account without saying so, and tells the owner", async () => {
      await createAccount(getContainer(), "hoa@example.vn", "ocop-hoa-2025")
      const taken = await register("hoa@example.vn", "another-password-1", "192.0.2.3")
      expect(taken.status).toBe(401)
      expect(taken.data).toEqual({ type: "unauthorized", message: REGISTRATION_REFUSED_MESSAGE })
      expect(taken.data.message).not.toMatch(/exists|already (has|registered|in use)|taken/i)

      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const told = await eventually(
        () => notifications.listNotifications({ to: "hoa@example.vn", template: REGISTRATION_ATTEMPTED_TEMPLATE }),
        (found) => found.length > 0,
      )
      expect(told).toEqual([expect.objectContaining({ channel: "email", data: { actor_type: "customer" } })])
      // A second try the same day does not fill the owner's inbox.
      await register("hoa@example.vn", "another-password-2", "192.0.2.3")
      await pause(1)
      expect(await notifications.listNotifications({ to: "hoa@example.vn", template: REGISTRATION_ATTEMPTED_TEMPLATE })).toHaveLength(1)

      // A new email still gets its registration token, and no one is told anything.
      const fresh = await register("mai@example.vn", "ocop-mai-2025", "192.0.2.3")
      expect(fresh.status).toBe(200)
      expect(fresh.data.token).toEqual(expect.any(String))
      expect(await notifications.listNotifications({ to: "mai@example.vn" })).toHaveLength(0)
    })

    it("takes about as long to refuse a registration with an email that has an account as to make a new one", async () => {
      const rounds = 10
      const existing: number[] = []
      const fresh: number[] = []
      for (let round = 0; round < rounds; round++) {
        await createAccount(getContainer(), `taken-${round}@example.vn`, "ocop-timing-2025")
      }
      for (let round = 0; round < rounds; round++) {
        let started = performance.now()
        expect((await register(`taken-${round}@example.vn`, "another-2025", `203.0.113.${round + 101}`)).status).toBe(401)
        existing.push(performance.now() - started)
        started = performance.now()
        expect((await register(`new-${round}@example.vn`, "another-2025", `203.0.113.${round + 151}`)).status).toBe(200)
        fresh.push(performance.now() - started)
      }
      console.log(`Registration, median of ${rounds}: existing email ${median(existing).toFixed(0)} ms, new email ${median(fresh).toFixed(0)} ms`)
      // Each owner is told once, after the answer went out.
      await eventually(
        () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: REGISTRATION_ATTEMPTED_TEMPLATE }),
        (told) => told.filter((notice) => notice.to.startsWith("taken-")).length === rounds,
      )
      expect(median(existing)).toBeGreaterThan(median(fresh) * 0.6)
      expect(median(existing)).toBeLessThan(median(fresh) * 1.6)
    })

    it("makes an address wait after 10 registrations", async () => {
      for (let attempt = 1; attempt <= 10; attempt++) {
        expect((await register(`family-${attempt}@example.vn`, "ocop-family-2025", "192.0.2.4")).status).toBe(200)
      }
      const locked = await register("family-11@example.vn", "ocop-family-2025", "192.0.2.4")
      expect(locked.status).toBe(429)
      expect(locked.data).toEqual({
        type: "not_allowed",
        code: "too_many_attempts",
        message: expect.stringMatching(/^There have been too many registrations from your network\. Wait \d seconds? and try again\.$/),
      })
      expect(Number(locked.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect((await register("family-11@example.vn", "ocop-family-2025", "192.0.2.5")).status).toBe(200)
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
