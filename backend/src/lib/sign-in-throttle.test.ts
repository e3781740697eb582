import { accountOf, lockFor, MemoryAttemptStore, SignInThrottle, throttlePolicy, throttlePolicyFromEnv } from "./sign-in-throttle"

/** A memory store on a clock the test moves. */
function throttleOnClock(maxEntries?: number) {
  let now = Date.parse("2026-07-01T08:00:00Z")
  const store = new MemoryAttemptStore(maxEntries, () => now)
  return { store, throttle: new SignInThrottle(store, throttlePolicy(60)), wait: (seconds: number) => (now += seconds * 1000) }
}

const LAN = "lan@example.vn"

describe("sign-in attempts counted in memory", () => {
  it("lets 5 sign-ins of an account through, then makes it wait a minute, even with the right password", async () => {
    const { throttle, wait } = throttleOnClock()
    for (let attempt = 1; attempt <= 5; attempt++) expect((await throttle.signIn(LAN, "192.0.2.1")).allowed).toBe(true)

    expect(await throttle.signIn(LAN, "192.0.2.1")).toEqual({ allowed: false, retryAfterSeconds: 60 })
    // From another network too: the lock is the account's.
    expect(await throttle.signIn(LAN, "198.51.100.7")).toEqual({ allowed: false, retryAfterSeconds: 60 })
    wait(45)
    expect(await throttle.signIn(LAN, "192.0.2.1")).toEqual({ allowed: false, retryAfterSeconds: 15 })
    wait(15)
    expect((await throttle.signIn(LAN, "192.0.2.1")).allowed).toBe(true)
  })

  it("doubles the wait with each further failure, up to an hour", async () => {
    const { throttle, wait } = throttleOnClock()
    for (let attempt = 1; attempt <= 5; attempt++) await throttle.signIn(LAN, "192.0.2.1")
    const waits: number[] = []
    for (let failure = 6; failure <= 12; failure++) {
      const refused = await throttle.signIn(LAN, "192.0.2.1")
      if (refused.allowed) throw new Error("expected a wait")
      waits.push(refused.retryAfterSeconds)
      wait(refused.retryAfterSeconds)
      expect((await throttle.signIn(LAN, "192.0.2.1")).allowed).toBe(true)
    }
    expect(waits).toEqual([60, 120, 240, 480, 960, 1920, 3600])
  })

  it("starts an account again from nothing after a sign-in that succeeds", async () => {
    const { throttle } = throttleOnClock()
    for (let attempt = 1; attempt <= 4; attempt++) await throttle.signIn(LAN, "192.0.2.1")
    const right = await throttle.signIn(LAN, "192.0.2.1")
    if (!right.allowed) throw new Error("the fifth attempt should go ahead")
    await right.succeeded()
    for (let attempt = 1; attempt <= 5; attempt++) expect((await throttle.signIn(LAN, "192.0.2.1")).allowed).toBe(true)
    expect((await throttle.signIn(LAN, "192.0.2.1")).allowed).toBe(false)
  })

  it("counts an account by its email as a person means it, whatever its case or Unicode form", async () => {
    const { throttle } = throttleOnClock()
    const decomposed = "Nguyễn.Lan@Example.VN".normalize("NFD")
    expect(accountOf(decomposed)).toBe("nguyễn.lan@example.vn")
    for (const spelling of ["nguyễn.lan@example.vn", decomposed, " NGUYỄN.LAN@EXAMPLE.VN ", "Nguyễn.Lan@example.vn", "nguyễn.lan@EXAMPLE.vn"]) {
      await throttle.signIn(spelling, "192.0.2.1")
    }
    expect((await throttle.signIn("nguyễn.lan@example.vn", "192.0.2.2")).allowed).toBe(false)
  })

  it("makes an address that tried 30 different emails wait, and no other address", async () => {
    const { throttle } = throttleOnClock()
    for (let email = 1; email <= 30; email++) expect((await throttle.signIn(`buyer-${email}@example.vn`, "203.0.113.9")).allowed).toBe(true)
    expect(await throttle.signIn("someone-else@example.vn", "203.0.113.9")).toEqual({ allowed: false, retryAfterSeconds: 60 })
    expect((await throttle.signIn("someone-else@example.vn", "203.0.113.10")).allowed).toBe(true)
  })

  it("gives an address its attempt back when the sign-in succeeds", async () => {
    const { throttle } = throttleOnClock()
    for (let email = 1; email <= 29; email++) await throttle.signIn(`buyer-${email}@example.vn`, "203.0.113.9")
    const right = await throttle.signIn(LAN, "203.0.113.9")
    if (!right.allowed) throw new Error("the 30th attempt should go ahead")
    await right.succeeded()
    expect((await throttle.signIn("mai@example.vn", "203.0.113.9")).allowed).toBe(true)
    expect((await throttle.signIn("hoa@example.vn", "203.0.113.9")).allowed).toBe(false)
  })

  it("does not count attempts refused while locked, so waiting is enough", async () => {
    const { throttle, wait } = throttleOnClock()
    for (let attempt = 1; attempt <= 5; attempt++) await throttle.signIn(LAN, "192.0.2.1")
    for (let refused = 1; refused <= 20; refused++) await throttle.signIn(LAN, "192.0.2.1")
    wait(60)
    const next = await throttle.signIn(LAN, "192.0.2.1")
    expect(next.allowed).toBe(true)
    // The 6th attempt counted: the next wait is the doubled one, not one grown by the refusals.
    expect(await throttle.signIn(LAN, "192.0.2.1")).toEqual({ allowed: false, retryAfterSeconds: 120 })
  })

  it("forgets an account's failures a day after the first", async () => {
    const { throttle, wait } = throttleOnClock()
    for (let attempt = 1; attempt <= 4; attempt++) await throttle.signIn(LAN, "192.0.2.1")
    wait(24 * 3600)
    for (let attempt = 1; attempt <= 5; attempt++) expect((await throttle.signIn(LAN, `192.0.2.${attempt + 1}`)).allowed).toBe(true)
  })

  it("lets 10 registrations from an address through in ten minutes, then makes it wait", async () => {
    const { throttle, wait } = throttleOnClock()
    for (let attempt = 1; attempt <= 10; attempt++) expect((await throttle.register("192.0.2.1")).allowed).toBe(true)
    expect(await throttle.register("192.0.2.1")).toEqual({ allowed: false, retryAfterSeconds: 60 })
    expect((await throttle.register("192.0.2.2")).allowed).toBe(true)
    wait(10 * 60)
    expect((await throttle.register("192.0.2.1")).allowed).toBe(true)
  })

  it("holds at most its bound of keys, dropping the one left alone longest", async () => {
    const { store, throttle } = throttleOnClock(100)
    const addressOf = (n: number) => `10.0.${Math.floor(n / 256)}.${n % 256}`
    for (let n = 1; n <= 500; n++) await throttle.register(addressOf(n))
    expect(store.size).toBe(100)
    // The latest keep their count: the 500th address has 9 registrations left, not 10.
    for (let attempt = 2; attempt <= 10; attempt++) expect((await throttle.register(addressOf(500))).allowed).toBe(true)
    expect((await throttle.register(addressOf(500))).allowed).toBe(false)
  })
})

describe("the lock", () => {
  const rule = { attempts: 5, windowMs: 86_400_000, firstLockMs: 60_000, longestLockMs: 3_600_000 }

  it("is none before the limit, then the first lock, doubling, an hour at most", () => {
    expect([1, 4, 5, 6, 7, 11, 12, 400].map((count) => lockFor(count, rule))).toEqual([0, 0, 60_000, 120_000, 240_000, 3_600_000, 3_600_000, 3_600_000])
  })

  it("starts at SIGN_IN_LOCK_SECONDS, and a value that is no number of seconds stops the start", () => {
    expect(throttlePolicyFromEnv(undefined).account.firstLockMs).toBe(60_000)
    expect(throttlePolicyFromEnv("2").account.firstLockMs).toBe(2_000)
    expect(() => throttlePolicyFromEnv("soon")).toThrow(/SIGN_IN_LOCK_SECONDS is "soon": set a number of seconds, 1 or more/)
    expect(() => throttlePolicyFromEnv("0")).toThrow(/1 or more/)
  })
})
