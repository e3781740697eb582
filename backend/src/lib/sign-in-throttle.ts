/**
 * How many times one account, or one client address, may try to sign in or register before it
 * must wait. Attempts are counted in Redis when REDIS_URL is set, so every backend process shares
 * the count, else in this process's memory (one process: the local stack, tests).
 *
 * Every attempt is counted when it starts, not when it fails, so a burst of parallel guesses
 * cannot slip in before the first failures are recorded; a sign-in that succeeds takes its
 * attempt back and clears its account's count.
 */
import { createHash } from "node:crypto"
import Redis from "ioredis"

export type AttemptRule = {
  /** Attempts within the window; the one that reaches this number locks the key. */
  attempts: number
  windowMs: number
  /** The first lock; each attempt counted after it doubles the lock, up to `longestLockMs`. */
  firstLockMs: number
  longestLockMs: number
}

export type Counter = { key: string; rule: AttemptRule }

/** Where attempts are counted: one process's memory or Redis, behind the same three calls. */
export interface AttemptStore {
  /**
   * Counts one attempt on every counter, unless one of them is locked: then nothing is counted
   * and the longest lock left (in ms) is returned. 0: the attempt may go ahead.
   */
  take(counters: readonly Counter[]): Promise<number>
  /**
   * `"one"`: takes back one attempt, and the lock with it once the count is under the limit.
   * `"all"`: forgets the key's attempts and its lock.
   */
  giveBack(counter: Counter, how: "one" | "all"): Promise<void>
  close(): Promise<void>
}

/** The lock the `count`th attempt within a window sets: none before the limit, then doubling. */
export function lockFor(count: number, rule: AttemptRule): number {
  if (count < rule.attempts) return 0
  return Math.min(rule.firstLockMs * 2 ** (count - rule.attempts), rule.longestLockMs)
}

type Entry = { count: number; windowEndsAt: number; lockedUntil: number }

/**
 * Attempts in this process's memory: at most `maxEntries` keys (the one left alone longest goes
 * first), each forgotten once its window and its lock are over.
 */
export class MemoryAttemptStore implements AttemptStore {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly maxEntries = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size
  }

  async take(counters: readonly Counter[]): Promise<number> {
    const now = this.now()
    const entries = counters.map((counter) => this.current(counter.key, now))
    const locked = Math.max(0, ...entries.map((entry) => (entry ? entry.lockedUntil - now : 0)))
    if (locked > 0) return locked
    counters.forEach((counter, index) => {
      const entry = entries[index]
      const next: Entry =
        entry && entry.count > 0 ? entry : { count: 0, windowEndsAt: now + counter.rule.windowMs, lockedUntil: entry?.lockedUntil ?? 0 }
      next.count += 1
      const lock = lockFor(next.count, counter.rule)
      if (lock > 0) next.lockedUntil = now + lock
      this.keep(counter.key, next)
    })
    return 0
  }

  async giveBack(counter: Counter, how: "one" | "all"): Promise<void> {
    const entry = this.current(counter.key, this.now())
    if (!entry) return
    if (how === "all") {
      this.entries.delete(counter.key)
      return
    }
    entry.count = Math.max(0, entry.count - 1)
    if (entry.count < counter.rule.attempts) entry.lockedUntil = 0
    if (entry.count === 0) this.entries.delete(counter.key)
  }

  async close(): Promise<void> {
    this.entries.clear()
  }

  /** The key's entry as of `now`: its count is over with its window, the entry with its lock too. */
  private current(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.windowEndsAt <= now) entry.count = 0
    if (entry.count === 0 && entry.lockedUntil <= now) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }

  /** Stores the entry as the most recently used, making room by dropping the least recently used. */
  private keep(key: string, entry: Entry): void {
    this.entries.delete(key)
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
    this.entries.set(key, entry)
  }
}

// Each counter is two keys, its count (expiring with the window) and its lock (expiring with the
// lock), and four arguments, its rule. One script checks and counts all counters atomically.
const TAKE_SCRIPT = `
local longest = 0
for i = 2, #KEYS, 2 do
  local left = redis.call("PTTL", KEYS[i])
  if left > longest then longest = left end
end
if longest > 0 then return longest end
for i = 1, #KEYS, 2 do
  local rule = (i - 1) * 2
  local attempts, window, first, longest_lock = tonumber(ARGV[rule + 1]), tonumber(ARGV[rule + 2]), tonumber(ARGV[rule + 3]), tonumber(ARGV[rule + 4])
  local count = redis.call("INCR", KEYS[i])
  if count == 1 then redis.call("PEXPIRE", KEYS[i], window) end
  if count >= attempts then
    local lock = math.min(first * 2 ^ (count - attempts), longest_lock)
    redis.call("SET", KEYS[i + 1], count, "PX", math.floor(lock))
  end
end
return 0
`

const GIVE_BACK_SCRIPT = `
if ARGV[1] == "all" then
  redis.call("DEL", KEYS[1], KEYS[2])
  return 0
end
local count = tonumber(redis.call("GET", KEYS[1]) or "0")
if count > 0 then count = redis.call("DECR", KEYS[1]) end
if count < tonumber(ARGV[2]) then redis.call("DEL", KEYS[2]) end
return count
`

/**
 * Attempts in Redis, shared by every backend process. The keys share one hash tag, so the script
 * that counts an account and an address together also runs on a Redis Cluster.
 */
export class RedisAttemptStore implements AttemptStore {
  private readonly redis: Redis

  constructor(
    redisUrl: string,
    private readonly prefix = "ocop:{sign-in}:",
    onError: (error: Error) => void = () => {},
  ) {
    // A Redis that does not answer fails a sign-in's count quickly instead of holding the request.
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000, lazyConnect: true })
    this.redis.on("error", onError)
  }

  async take(counters: readonly Counter[]): Promise<number> {
    const keys = counters.flatMap((counter) => this.keysOf(counter))
    const rules = counters.flatMap(({ rule }) => [rule.attempts, rule.windowMs, rule.firstLockMs, rule.longestLockMs])
    return Number(await this.redis.eval(TAKE_SCRIPT, keys.length, ...keys, ...rules))
  }

  async giveBack(counter: Counter, how: "one" | "all"): Promise<void> {
    await this.redis.eval(GIVE_BACK_SCRIPT, 2, ...this.keysOf(counter), how, counter.rule.attempts)
  }

  async close(): Promise<void> {
    this.redis.disconnect()
  }

  private keysOf(counter: Counter): [string, string] {
    return [`${this.prefix}${counter.key}:count`, `${this.prefix}${counter.key}:lock`]
  }
}

export type ThrottlePolicy = {
  /** Sign-ins as one email, whichever actor type and address. */
  account: AttemptRule
  /** Sign-ins from one address, across every email. */
  signInAddress: AttemptRule
  /** Registrations from one address. */
  registrationAddress: AttemptRule
  /** Requests for a password reset link from one address. */
  passwordResetAddress: AttemptRule
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/**
 * 5 sign-ins per account a day, 30 per address an hour, 10 registrations and 10 requests for a
 * password reset link per address in ten minutes; then a lock of `firstLockSeconds`, doubled by each further attempt, an hour at most.
 * Many buyers can share one address (mobile networks, offices), hence its larger allowance.
 */
export function throttlePolicy(firstLockSeconds = 60): ThrottlePolicy {
  const lock = { firstLockMs: firstLockSeconds * 1000, longestLockMs: HOUR }
  return {
    account: { attempts: 5, windowMs: 24 * HOUR, ...lock },
    signInAddress: { attempts: 30, windowMs: HOUR, ...lock },
    registrationAddress: { attempts: 10, windowMs: 10 * MINUTE, ...lock },
    passwordResetAddress: { attempts: 10, windowMs: 10 * MINUTE, ...lock },
  }
}

/** The policy of SIGN_IN_LOCK_SECONDS (the first lock, 60 s unless set); refuses a value that is no number of seconds. */
export function throttlePolicyFromEnv(setting = process.env.SIGN_IN_LOCK_SECONDS): ThrottlePolicy {
  if (setting === undefined || setting === "") return throttlePolicy()
  const seconds = Number(setting)
  if (!(Number.isFinite(seconds) && seconds >= 1)) {
    throw new Error(`SIGN_IN_LOCK_SECONDS is "${setting}": set a number of seconds, 1 or more (60 unless set), or leave it unset.`)
  }
  return throttlePolicy(seconds)
}

/** The email an attempt is counted against: "Lan@Example.VN" and its NFD spelling are one account. */
export function accountOf(email: string): string {
  return email.normalize("NFC").trim().toLowerCase()
}

/** Keys name what they count without holding an email or an address in the clear. */
function keyOf(kind: string, value: string): string {
  return `${kind}:${createHash("sha256").update(value).digest("base64url").slice(0, 32)}`
}

export type Admission = { allowed: false; retryAfterSeconds: number } | { allowed: true; succeeded: () => Promise<void> }

export class SignInThrottle {
  constructor(
    private readonly store: AttemptStore,
    private readonly policy: ThrottlePolicy = throttlePolicy(),
  ) {}

  /**
   * Whether a sign-in as `email` from `address` may go ahead. It is counted as failed unless
   * `succeeded()` is called: then the account starts again from nothing and the address gets the
   * attempt back.
   */
  async signIn(email: string | undefined, address: string): Promise<Admission> {
    const addressCounter = { key: keyOf("sign-in-address", address), rule: this.policy.signInAddress }
    const accountCounter = email ? { key: keyOf("account", accountOf(email)), rule: this.policy.account } : undefined
    const counters = accountCounter ? [accountCounter, addressCounter] : [addressCounter]
    return this.admit(counters, async () => {
      await Promise.all([this.store.giveBack(addressCounter, "one"), accountCounter && this.store.giveBack(accountCounter, "all")])
    })
  }

  /** Whether a registration from `address` may go ahead; every one counts. */
  async register(address: string): Promise<Admission> {
    return this.admit([{ key: keyOf("registration-address", address), rule: this.policy.registrationAddress }], async () => {})
  }

  /** Whether a request for a password reset link from `address` may go ahead; every one counts. */
  async passwordReset(address: string): Promise<Admission> {
    return this.admit([{ key: keyOf("password-reset-address", address), rule: this.policy.passwordResetAddress }], async () => {})
  }

  /** Forgets the failed sign-ins of `email`: its owner proved it by a link sent to it. */
  async clearAccount(email: string): Promise<void> {
    await this.store.giveBack({ key: keyOf("account", accountOf(email)), rule: this.policy.account }, "all")
  }

  close(): Promise<void> {
    return this.store.close()
  }

  private async admit(counters: Counter[], succeeded: () => Promise<void>): Promise<Admission> {
    const lockedMs = await this.store.take(counters)
    return lockedMs > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(lockedMs / 1000) } : { allowed: true, succeeded }
  }
}
