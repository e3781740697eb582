import { MedusaError, serializeError } from "@medusajs/framework/utils"
import { EMAIL_NOT_CONFIRMED_MESSAGE } from "../lib/registration"
import { CART_BUSY_MESSAGE, refusalOf } from "./error-handler"

const cartBusy = { status: 409, body: { type: "conflict", code: "cart_busy", message: CART_BUSY_MESSAGE } }

describe("the errors Medusa's handler would call unknown", () => {
  it("tells a checkout that waited too long for another's lock to try again, however the lock was held", () => {
    // locking.execute in reserve-inventory (in-memory and Postgres providers; Redis's is a MedusaError)
    expect(refusalOf(new Error("Timed-out acquiring lock."))).toEqual(cartBusy)
    expect(refusalOf(new MedusaError(MedusaError.Types.CONFLICT, "Timed-out acquiring lock."))).toEqual(cartBusy)
    // acquireLockStep on the cart, as complete-cart takes it, seen through the workflow's serialized error
    expect(refusalOf(serializeError(new Error('Failed to acquire lock for key "cart_01"')))).toEqual(cartBusy)
    expect(refusalOf(new MedusaError(MedusaError.Types.CONFLICT, "Cart is already being completed by another request"))).toEqual(cartBusy)
    expect(refusalOf({ name: "DeadlockException", message: "deadlock detected", code: "40P01" })).toEqual(cartBusy)
  })

  it("answers 400 for an undecodable address and a value only Postgres refused", () => {
    expect(refusalOf(new URIError("Failed to decode param '%E0%A4%A'"))?.status).toBe(400)
    const refused = refusalOf({ name: "DriverException", message: 'invalid input syntax for type timestamp with time zone: "x"', code: "22007" })
    expect(refused?.status).toBe(400)
    // The value is not repeated back: Postgres's own message quotes it.
    expect(refused?.body.message).not.toMatch(/"x"/)
  })

  it("keeps the code and sentence of the shop's own conflicts, and of a sign-in whose email is not confirmed", () => {
    const confirmed = new MedusaError(MedusaError.Types.CONFLICT, "This email is confirmed already: sign in with it.", "email_already_confirmed")
    expect(refusalOf(confirmed)).toEqual({ status: 409, body: { type: "conflict", code: "email_already_confirmed", message: confirmed.message } })
    // As a workflow's step throws it.
    expect(refusalOf(serializeError(confirmed))).toEqual(refusalOf(confirmed))
    // Medusa's sign-in route throws the provider's sentence as it is.
    expect(refusalOf(new MedusaError(MedusaError.Types.UNAUTHORIZED, EMAIL_NOT_CONFIRMED_MESSAGE))).toEqual({
      status: 401,
      body: { type: "unauthorized", code: "email_not_confirmed", message: EMAIL_NOT_CONFIRMED_MESSAGE },
    })
    expect(refusalOf(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Invalid email or password"))).toBeNull()
    // A conflict of Medusa's own, without a code of ours, is Medusa's to answer.
    expect(refusalOf(new MedusaError(MedusaError.Types.CONFLICT, "Order is being edited"))).toBeNull()
  })

  it("answers 400 for an upload whose photo is in another field, or whose form is broken", () => {
    const unexpected = Object.assign(new Error("Unexpected field"), { name: "MulterError", code: "LIMIT_UNEXPECTED_FILE", field: "photos" })
    expect(refusalOf(unexpected)).toEqual({
      status: 400,
      body: { type: "invalid_data", code: "photo_missing", message: 'The upload has a file in the field "photos": send each photo in the field "files".' },
    })
    expect(refusalOf(new Error("Unexpected end of form"))).toMatchObject({ status: 400, body: { message: expect.stringMatching(/multipart\/form-data/) } })
  })

  it("leaves everything else to Medusa's handler, its own 4xx answers included", () => {
    expect(refusalOf(new MedusaError(MedusaError.Types.NOT_FOUND, "Cart with id 'cart_1' not found"))).toBeNull()
    expect(refusalOf(new MedusaError(MedusaError.Types.INVALID_DATA, "Out of stock", "insufficient_inventory"))).toBeNull()
    expect(refusalOf(new Error("Something broke"))).toBeNull()
    expect(refusalOf(undefined)).toBeNull()
  })
})
