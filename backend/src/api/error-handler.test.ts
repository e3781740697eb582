import { MedusaError, serializeError } from "@medusajs/framework/utils"
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

  it("leaves everything else to Medusa's handler, its own 4xx answers included", () => {
    expect(refusalOf(new MedusaError(MedusaError.Types.NOT_FOUND, "Cart with id 'cart_1' not found"))).toBeNull()
    expect(refusalOf(new MedusaError(MedusaError.Types.INVALID_DATA, "Out of stock", "insufficient_inventory"))).toBeNull()
    expect(refusalOf(new Error("Something broke"))).toBeNull()
    expect(refusalOf(undefined)).toBeNull()
  })
})
