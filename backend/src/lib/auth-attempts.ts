/**
 * The middlewares in front of signing in and registering: Medusa's email-and-password routes for
 * every actor type (`/auth/:actor_type/emailpass` and its `/register`) and the shop's
 * `POST /store/registrations`, and the request for a password reset link. Too many attempts for one account or from one client address are
 * refused with 429 and Retry-After before anything is checked. A registration refused because the
 * email has a login is announced (REGISTRATION_REFUSED_EVENT) so its owner is told, as the answer
 * itself never says whether the email has an account.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import { clientAddress, trustedProxies } from "./client-address"
import { type Admission, MemoryAttemptStore, RedisAttemptStore, SignInThrottle, type ThrottlePolicy, throttlePolicyFromEnv } from "./sign-in-throttle"
import { REGISTRATION_REFUSED_EVENT } from "../events"

export type RegistrationRefused = { email: string; actor_type: string }

let shared: SignInThrottle | undefined

/** One throttle per process, on Redis when REDIS_URL is set so that every process counts together. */
function throttleFor(policy: ThrottlePolicy, logger: Logger): SignInThrottle {
  if (!shared) {
    const redisUrl = process.env.REDIS_URL
    const store = redisUrl
      ? new RedisAttemptStore(redisUrl, undefined, (error) => logger.warn(`Sign-in attempts cannot reach Redis: ${error.message}`))
      : new MemoryAttemptStore()
    shared = new SignInThrottle(store, policy)
  }
  return shared
}

/** "45 seconds", "3 minutes": the wait as a person reads it. */
export function describeWait(seconds: number): string {
  if (seconds < 120) return seconds === 1 ? "1 second" : `${seconds} seconds`
  return `${Math.ceil(seconds / 60)} minutes`
}

function refuse(res: MedusaResponse, retryAfterSeconds: number, message: string) {
  res.setHeader("Retry-After", String(retryAfterSeconds))
  res.status(429).json({ type: "not_allowed", code: ERROR_CODES.tooManyAttempts, message })
}

function emailOf(body: unknown): string | undefined {
  const email = (body as { email?: unknown } | undefined)?.email
  return typeof email === "string" && email.trim() ? email : undefined
}

type Admit = (throttle: SignInThrottle, req: MedusaRequest, address: string) => Promise<Admission>

/**
 * Asks the throttle before the route runs. A store that fails (Redis down) lets the attempt
 * through, logged: signing in must not depend on the counter more than on the database.
 */
function guard(
  admit: Admit,
  refusal: (wait: string) => string,
  after: (req: MedusaRequest, res: MedusaResponse, admission: Admission & { allowed: true }) => void = () => {},
) {
  // Read when middlewares load, so a wrong TRUST_PROXY or SIGN_IN_LOCK_SECONDS stops the start.
  const trusted = trustedProxies()
  const policy = throttlePolicyFromEnv()
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const logger = req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted)
    let admission: Admission
    try {
      admission = await admit(throttleFor(policy, logger), req, address)
    } catch (error) {
      logger.warn(`Sign-in attempts could not be counted, so this one goes ahead uncounted: ${(error as Error).message}`)
      return next()
    }
    if (!admission.allowed) return refuse(res, admission.retryAfterSeconds, refusal(describeWait(admission.retryAfterSeconds)))
    after(req, res, admission)
    next()
  }
}

/**
 * `POST /auth/:actor_type/emailpass` and a manager's password typed on the counter
 * (`POST /pos/approvals`): 5 tries per account, 30 per address; one that succeeds clears its account.
 */
export function throttleSignIn() {
  return guard(
    (throttle, req, address) => throttle.signIn(emailOf(req.body), address),
    (wait) => `There have been too many sign-in attempts for this account or from your network. Wait ${wait} and try again, or reset your password.`,
    (req, res, admission) => {
      res.once("finish", () => {
        // A sign-in answers 200; a manager's approval given with the manager's password, 201.
        if (res.statusCode < 200 || res.statusCode >= 300) return
        admission.succeeded().catch((error: Error) => {
          req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`A successful sign-in could not clear its attempts: ${error.message}`)
        })
      })
    },
  )
}

/** `POST /store/registrations` and Medusa's `POST /auth/:actor_type/emailpass/register` (the Admin's invites): 10 per address. */
export function throttleRegistration() {
  return guard(
    (throttle, _req, address) => throttle.register(address),
    tooManyRegistrations,
  )
}

/** `POST /store/password-resets`: 10 per address in ten minutes, whatever the emails. */
export function throttlePasswordReset() {
  return guard(
    (throttle, _req, address) => throttle.passwordReset(address),
    (wait) => `There have been too many requests for a password reset link from your network. Wait ${wait} and try again.`,
  )
}

/** After a password reset: the account's failed sign-ins are forgotten. A counter out of reach is logged, not fatal. */
export async function clearSignInAttempts(container: MedusaContainer, email: string): Promise<void> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  try {
    await throttleFor(throttlePolicyFromEnv(), logger).clearAccount(email)
  } catch (error) {
    logger.warn(`The failed sign-ins of an account whose password was reset could not be cleared: ${(error as Error).message}`)
  }
}

/** Tells the owner of the email, through the event, that someone tried to register with it. */
export async function announceRefusedRegistration(container: MedusaContainer, refused: RegistrationRefused): Promise<void> {
  try {
    await container.resolve(Modules.EVENT_BUS).emit({ name: REGISTRATION_REFUSED_EVENT, data: refused })
  } catch (error) {
    container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`A refused registration could not be announced: ${(error as Error).message}`)
  }
}

/**
 * After Medusa's own register route, which an operator's invite uses: its refusal (401) of an email
 * that has a login is announced once the answer is out. Customers register through the shop's own
 * route, which announces it itself (lib/registration.ts).
 */
export function announceRefusalOfRegisterRoute(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const email = emailOf(req.body)
  if (email) {
    // Read now: Express gives `req.params` to the next route layer before the answer goes out.
    const refused: RegistrationRefused = { email, actor_type: String(req.params.actor_type) }
    res.once("finish", () => {
      if (res.statusCode === 401) void announceRefusedRegistration(req.scope, refused)
    })
  }
  next()
}

const tooManyRegistrations = (wait: string) => `There have been too many registrations from your network. Wait ${wait} and try again.`

/**
 * `POST /producer/registrations`: counted with the address's other registrations, as it makes a
 * login too. Its workflow announces a refused email itself, as the route never answers 401.
 */
export function throttleProducerRegistration() {
  return guard((throttle, _req, address) => throttle.register(address), tooManyRegistrations)
}
