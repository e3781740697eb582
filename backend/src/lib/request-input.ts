/**
 * What a request may hold before anything of it reaches the database: readable percent-encoding,
 * no control characters, whole-number pages within a bound, real dates, no empty ids. Each check
 * answers with a sentence the caller can act on, or null. Postgres would otherwise refuse these
 * values with a 500 and log the query with them.
 */

/** C0 controls and DEL: a NUL cannot be stored in Postgres text, the others have no place in an address or a query. */
const isControl = (code: number) => code <= 0x1f || code === 0x7f
/** Tab, line feed and carriage return: a note may have lines. */
const isLineBreakOrTab = (code: number) => code === 0x09 || code === 0x0a || code === 0x0d

function hasCharacter(value: string, test: (code: number) => boolean): boolean {
  for (let index = 0; index < value.length; index++) if (test(value.charCodeAt(index))) return true
  return false
}

/** Long values are cut when they are quoted back, so a refusal stays a sentence. */
function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)
}

export function hasControlCharacter(value: string): boolean {
  return hasCharacter(value, isControl)
}

/** In a text a person writes, line breaks and tabs are allowed; NUL and the other controls are not. */
export function hasControlCharacterInText(value: string): boolean {
  return hasCharacter(value, (code) => isControl(code) && !isLineBreakOrTab(code))
}

export const BROKEN_PERCENT_ENCODING =
  "The address has a broken percent-encoding: each % is followed by two hexadecimal digits (%20 for a space), and together they spell UTF-8 characters."

/**
 * The path of a request URL as sent (`/store/products/%E0%A4%A`): each segment decodes, and holds
 * no control character. Express decodes the path itself on the first route with a parameter (a
 * "*" is one) and throws URIError first: the error handler answers that with the same sentence.
 */
export function pathProblem(url: string): string | null {
  const path = url.split("?")[0] ?? ""
  for (const segment of path.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return BROKEN_PERCENT_ENCODING
    }
    if (hasControlCharacter(decoded)) {
      return `The address holds a control character (such as %00) in ${quote(segment)}: remove it.`
    }
  }
  return null
}

/** A query string's part as qs decodes it: "+" a space, a broken %-escape left as it was sent. */
function decodeQueryPart(part: string): string {
  const spaced = part.replace(/\+/g, " ")
  try {
    return decodeURIComponent(spaced)
  } catch {
    return spaced
  }
}

/**
 * A control character in any name or value of the query string as sent: read from the URL, since
 * Medusa takes some parameters out of the parsed query (`locale`) before the guards run.
 */
export function queryStringProblem(url: string): string | null {
  const queryString = url.split("#")[0]?.split("?").slice(1).join("?") ?? ""
  for (const pair of queryString.split("&")) {
    const [rawName = "", ...rawValue] = pair.split("=")
    const name = decodeQueryPart(rawName)
    if (hasControlCharacter(name)) return "A query parameter's name holds a control character (such as %00): remove it."
    if (hasControlCharacter(decodeQueryPart(rawValue.join("=")))) {
      return `The query parameter ${name} holds a control character (such as %00): remove it.`
    }
  }
  return null
}

/** `created_at[$gt]` for the path ["created_at", "$gt"]. */
function parameterName(path: readonly string[]): string {
  return path.map((key, index) => (index === 0 ? key : `[${key}]`)).join("")
}

type Leaf = { path: string[]; value: string }

/** Every string in a parsed query or JSON body (strings, arrays and objects) with the keys that lead to it. */
function leaves(value: unknown, path: string[] = []): Leaf[] {
  if (typeof value === "string") return [{ path, value }]
  // A raw body (a Buffer) is bytes, not text fields.
  if (ArrayBuffer.isView(value)) return []
  if (Array.isArray(value)) return value.flatMap((item) => leaves(item, path))
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]))
  return []
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/

/**
 * Whether Postgres reads this as a date: ISO 8601 (`2024-06-25`, `2024-06-25T08:30:00Z`,
 * `2024-06-25T08:30:00.123+07:00`) of a day the calendar has (no 30 February) and a time of day.
 */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value)
  if (!match) return false
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part)))
  if (year === undefined || month === undefined || day === undefined) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  )
}

/** A filter on a moment: `created_at`, `updated_at`, `deleted_at`, `completed_at` … */
const isDateField = (key: string) => /(?:^|_)at$/.test(key)
/** What a moment can be compared with; `$like` and the other text operators fail in Postgres on a timestamp. */
const DATE_OPERATORS = new Set(["$eq", "$ne", "$in", "$nin", "$gt", "$gte", "$lt", "$lte"])
/** A filter on ids: `id`, `tag_id`, `cart_id` … */
const isIdField = (key: string) => key === "id" || key.endsWith("_id")

/**
 * The problem with a parsed query string's pages, dates and ids, if any. `maxLimit` bounds `limit`
 * where lists are bounded (the store API and the Admin); elsewhere only its shape is checked.
 */
export function queryProblem(query: unknown, { maxLimit }: { maxLimit?: number } = {}): string | null {
  const top = query && typeof query === "object" ? (query as Record<string, unknown>) : {}
  for (const [key, least] of [
    ["limit", 1],
    ["offset", 0],
  ] as const) {
    const value = top[key]
    if (value === undefined) continue
    const upper = key === "limit" ? maxLimit : undefined
    const range = upper === undefined ? `, ${least} or more` : ` from ${least} to ${upper}`
    if (typeof value !== "string" || !/^\d+$/.test(value) || Number(value) < least || (upper !== undefined && Number(value) > upper)) {
      const given = typeof value === "string" ? quote(value) : "given more than once"
      return `${key} is a whole number${range}; it is ${given}.`
    }
  }
  for (const { path, value } of leaves(query)) {
    const name = parameterName(path)
    const dateField = path.findIndex(isDateField)
    if (dateField >= 0) {
      const operator = path.slice(dateField + 1).find((key) => key.startsWith("$") && !DATE_OPERATORS.has(key))
      if (operator) return `${path[dateField]} is compared with ${[...DATE_OPERATORS].join(", ")}; not with ${operator}.`
      if (!isDateTime(value)) return `${name} is not a date: write it as 2024-06-25 or 2024-06-25T08:30:00Z; it is ${quote(value)}.`
    }
    const field = path.filter((key) => !key.startsWith("$")).at(-1)
    if (field !== undefined && isIdField(field) && value.trim() === "") {
      return `${name} is empty: give an id, or leave ${path[0]} out.`
    }
  }
  return null
}

/** The first string anywhere in a parsed JSON body that holds a NUL, which no text column can store. */
export function bodyProblem(body: unknown): string | null {
  const found = leaves(body).find(({ value, path }) => value.includes("\u0000") || path.some((key) => key.includes("\u0000")))
  if (!found) return null
  return `${found.path.join(".") || "The body"} holds a NUL character (\\u0000): remove it.`
}
