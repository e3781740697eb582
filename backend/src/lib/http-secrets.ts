/**
 * The secrets Medusa signs tokens and cookies with. A known or short secret lets anyone forge an
 * admin token, so in production the backend refuses to start without two long ones; outside
 * production a missing one is made up for this process (sessions end with it), never a fixed word.
 * The local stack (`npm start`) keeps generated ones in .data/secrets.json.
 */
import { randomBytes } from "node:crypto"

/** Shortest secret accepted in production: 32 characters, as `openssl rand -hex 16` gives. */
export const MIN_SECRET_LENGTH = 32

/** Values seen in examples and starters, refused whatever their length. */
const KNOWN_WEAK = new Set(["supersecret", "secret", "changeme", "change-me", "something", "jwt_secret", "cookie_secret", "medusa"])

export type HttpSecrets = { jwtSecret: string; cookieSecret: string }

function weakness(value: string | undefined): string | null {
  if (!value?.trim()) return "is not set"
  if (KNOWN_WEAK.has(value.trim().toLowerCase())) return "is a published example value"
  if (value.trim().length < MIN_SECRET_LENGTH) return `is shorter than ${MIN_SECRET_LENGTH} characters`
  return null
}

export function httpSecrets(env: Record<string, string | undefined> = process.env): HttpSecrets {
  const production = env.NODE_ENV === "production"
  const secrets = { JWT_SECRET: env.JWT_SECRET, COOKIE_SECRET: env.COOKIE_SECRET }
  if (production) {
    const problems = Object.entries(secrets).flatMap(([name, value]) => {
      const problem = weakness(value)
      return problem ? [`${name} ${problem}`] : []
    })
    if (problems.length) {
      throw new Error(
        `The backend will not start in production with weak secrets: ${problems.join("; ")}. Set JWT_SECRET and COOKIE_SECRET to two different random values of at least ${MIN_SECRET_LENGTH} characters (for instance with \`openssl rand -hex 32\`).`,
      )
    }
  }
  const madeUp = () => randomBytes(32).toString("hex")
  return { jwtSecret: secrets.JWT_SECRET || madeUp(), cookieSecret: secrets.COOKIE_SECRET || madeUp() }
}
