/** The pieces both adapters share: headers, HMAC comparison, and reading the fields of a verified body. */
import { createHmac, timingSafeEqual } from "node:crypto"
import { BankNotificationError, type BankNotificationService, type RequestHeaders } from "./bank-notification"

/** A header's single value, whatever the case of its name; undefined when absent, refused when sent twice. */
export function headerValue(service: BankNotificationService, headers: RequestHeaders, name: string): string | undefined {
  const wanted = name.toLowerCase()
  const values = Object.entries(headers)
    .filter(([key]) => key.toLowerCase() === wanted)
    .flatMap(([, value]) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  if (values.length > 1) throw new BankNotificationError(service, "invalid_signature", `The ${name} header was sent ${values.length} times; it must be sent once.`)
  const value = values[0]?.trim()
  return value ? value : undefined
}

/** Refuses to verify with an empty secret: anyone could sign with it. That is our misconfiguration, not the sender's. */
export function assertSecret(service: BankNotificationService, secret: string): void {
  if (!secret.trim()) throw new Error(`The ${service} webhook secret is not configured, so no ${service} notification can be verified.`)
}

/** HMAC-SHA256 of the parts, in order, each taken as its exact bytes. */
export function hmacSha256(secret: string, ...parts: (Buffer | string)[]): Buffer {
  const hmac = createHmac("sha256", secret)
  for (const part of parts) hmac.update(part)
  return hmac.digest()
}

/**
 * True when `signatureHex` is the 64 hex digits of `expected`. Compared in constant time, after
 * checking the length (timingSafeEqual needs equal lengths), so that the time taken tells a forger
 * nothing about how much of a guess was right.
 */
export function signatureMatches(signatureHex: string, expected: Buffer): boolean {
  if (!/^[0-9a-fA-F]{64}$/.test(signatureHex)) return false
  const given = Buffer.from(signatureHex, "hex")
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The body's JSON object, or a `malformed` refusal. */
export function parseJsonObject(service: BankNotificationService, rawBody: Buffer | string): Record<string, unknown> {
  let parsed: unknown
  try {
    parsed = JSON.parse(typeof rawBody === "string" ? rawBody : rawBody.toString("utf8"))
  } catch {
    throw new BankNotificationError(service, "malformed", `The ${service} notification is not valid JSON.`)
  }
  if (!isPlainObject(parsed)) throw new BankNotificationError(service, "malformed", `The ${service} notification is not a JSON object.`)
  return parsed
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/** Reads the fields of one verified object, refusing as `malformed` what a notification cannot be. */
export class FieldReader {
  constructor(
    private readonly service: BankNotificationService,
    private readonly fields: Record<string, unknown>,
    private readonly where: string,
  ) {}

  private refuse(name: string, expected: string): never {
    const got = this.fields[name]
    throw new BankNotificationError(
      this.service,
      "malformed",
      `The ${this.service} notification's ${this.where}${name} must be ${expected}; got ${got === undefined ? "nothing" : JSON.stringify(got)}.`,
    )
  }

  text(name: string): string {
    const value = this.fields[name]
    if (typeof value !== "string") this.refuse(name, "text")
    return value
  }

  nonEmptyText(name: string): string {
    const value = this.fields[name]
    if (typeof value !== "string" || !value.trim()) this.refuse(name, "non-empty text")
    return value.trim()
  }

  optionalText(name: string): string | undefined {
    const value = this.fields[name]
    if (value === undefined || value === null || value === "") return undefined
    if (typeof value !== "string") this.refuse(name, "text or null")
    return value
  }

  /** Whole đồng above zero: a bank never credits a fraction of a đồng. */
  amount(name: string): number {
    const value = this.fields[name]
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) this.refuse(name, "a whole number of đồng above 0")
    return value
  }

  /** An id given as a positive integer or as text, kept as text. */
  identifier(name: string): string {
    const value = this.fields[name]
    if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) return String(value)
    if (typeof value === "string" && value.trim()) return value.trim()
    this.refuse(name, "a transaction id")
  }

  /**
   * A bank time, "2023-03-25 14:02:37", which both services give in Vietnam's time (UTC+7, no daylight
   * saving) without saying so; one with an explicit offset is taken as written.
   */
  vietnamTime(name: string): Date {
    const value = this.fields[name]
    const match = typeof value === "string" ? /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim()) : null
    if (!match) this.refuse(name, 'a time such as "2023-03-25 14:02:37"')
    const [, day, time, fraction = "", offset = "+07:00"] = match
    // Date rolls "02-30" over into March; read as UTC, a real calendar time comes back unchanged.
    const asUtc = new Date(`${day}T${time}Z`)
    if (Number.isNaN(asUtc.getTime()) || !asUtc.toISOString().startsWith(`${day}T${time}`)) {
      this.refuse(name, 'a real date and time such as "2023-03-25 14:02:37"')
    }
    return new Date(`${day}T${time}${fraction}${offset}`)
  }
}
