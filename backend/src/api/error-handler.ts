/**
 * The API's error handler: Medusa's own, with three kinds of failure told as what they are rather
 * than "An unknown error occurred." (500): an address express cannot decode, a value only Postgres
 * refused, and a checkout that waited too long for a lock another checkout held. Two refusals of
 * the shop's own keep what Medusa's handler would drop: a conflict's code and sentence (Medusa
 * answers every conflict with one about Idempotency-Keys), and the code of a sign-in refused for an
 * unconfirmed email, which Medusa's sign-in route passes on as a bare sentence. And a multipart
 * upload Medusa's own multer (`POST /admin/uploads`) could not read, which is the sender's to fix.
 */
import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES, isErrorCode } from "@ocop/domain/errors"
import { EMAIL_NOT_CONFIRMED_MESSAGE } from "../lib/registration"
import { BROKEN_PERCENT_ENCODING } from "../lib/request-input"

export type Refusal = { status: number; body: { type: string; code?: string; message: string } }

export const CART_BUSY_MESSAGE = "Someone else is buying this right now: try again."

/** A thrown error, or the plain object a workflow keeps of it (workflow errors are serialized). */
type ErrorLike = { name?: unknown; message?: unknown; code?: unknown; type?: unknown }

/**
 * What the locking module throws when a lock stays held past the wait: `Timed-out acquiring lock.`
 * (locking.execute, as reserve-inventory uses it), `Failed to acquire lock for key "…"`
 * (acquireLockStep, which complete-cart takes on the cart for 30 s); and Medusa's own refusal of a
 * second completion while the first runs. Postgres's deadlock and lock timeout are the same story.
 */
function isLockContention(error: ErrorLike): boolean {
  const message = typeof error.message === "string" ? error.message : ""
  return (
    message.startsWith("Timed-out acquiring lock") ||
    message.startsWith("Failed to acquire lock for key") ||
    message === "Cart is already being completed by another request" ||
    error.code === "40P01" ||
    error.code === "55P03"
  )
}

/** SQLSTATE class 22, "data exception": a date, number or text Postgres cannot read, sent by the client. */
const isPostgresDataException = (error: ErrorLike) => typeof error.code === "string" && /^22[0-9A-Z]{3}$/.test(error.code)

/** What busboy, under multer, throws for a body that is not the multipart form its header says. */
const MALFORMED_FORM = ["Unexpected end of form", "Malformed part header", "Multipart: Boundary not found"]

/** Multer's refusal of an upload (a file in a field it does not read), or busboy's of a broken form. */
function uploadRefusal(error: ErrorLike): Refusal | null {
  const field = (error as { field?: unknown }).field
  if (error.name === "MulterError" && error.code === "LIMIT_UNEXPECTED_FILE" && typeof field === "string") {
    return {
      status: 400,
      body: { type: MedusaError.Types.INVALID_DATA, code: ERROR_CODES.photoMissing, message: `The upload has a file in the field "${field}": send each photo in the field "files".` },
    }
  }
  if (error.name === "MulterError" || (typeof error.message === "string" && MALFORMED_FORM.includes(error.message))) {
    return { status: 400, body: { type: MedusaError.Types.INVALID_DATA, message: "The upload could not be read as a form: send it again, as multipart/form-data." } }
  }
  return null
}

/** The answer for an error Medusa's handler would call unknown, or null to leave it to Medusa. */
export function refusalOf(error: unknown): Refusal | null {
  if (!error || typeof error !== "object") return null
  const thrown = error as ErrorLike
  // Express's decoding of a path parameter (router/layer.js decode_param), which Medusa's handler calls unknown.
  if (error instanceof URIError || thrown.name === "URIError") {
    return {
      status: 400,
      body: { type: MedusaError.Types.INVALID_DATA, message: BROKEN_PERCENT_ENCODING },
    }
  }
  if (thrown.type === MedusaError.Types.CONFLICT && isErrorCode(thrown.code) && typeof thrown.message === "string") {
    return { status: 409, body: { type: MedusaError.Types.CONFLICT, code: thrown.code, message: thrown.message } }
  }
  if (thrown.type === MedusaError.Types.UNAUTHORIZED && thrown.message === EMAIL_NOT_CONFIRMED_MESSAGE) {
    return { status: 401, body: { type: MedusaError.Types.UNAUTHORIZED, code: ERROR_CODES.emailNotConfirmed, message: EMAIL_NOT_CONFIRMED_MESSAGE } }
  }
  if (isLockContention(thrown)) {
    return { status: 409, body: { type: MedusaError.Types.CONFLICT, code: ERROR_CODES.cartBusy, message: CART_BUSY_MESSAGE } }
  }
  const upload = uploadRefusal(thrown)
  if (upload) return upload
  if (isPostgresDataException(thrown)) {
    return {
      status: 400,
      body: {
        type: MedusaError.Types.INVALID_DATA,
        message: "A value in this request cannot be read as what it stands for (a date, a number, a text without control characters): check the values sent.",
      },
    }
  }
  return null
}

export function shopErrorHandler(): MedusaErrorHandlerFunction {
  const medusaErrorHandler = errorHandler()
  return (error, req, res, next) => {
    const refusal = refusalOf(error)
    if (!refusal) return medusaErrorHandler(error, req, res, next)
    const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER) ?? console
    // A value that reached Postgres unchecked is a request guard to add: said loudly, not as a 500.
    if (isPostgresDataException(error as ErrorLike)) logger.warn(`Error 400 at ${req.method} ${req.path}: Postgres refused a value (${(error as ErrorLike).code}); request-input should have.`)
    else logger.info(`Error ${refusal.status} at ${req.method} ${req.path}: ${refusal.body.message}`)
    res.status(refusal.status).json(refusal.body)
  }
}
