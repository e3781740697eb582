import { createHmac } from "node:crypto"
import { isOrderAccessToken, maySeeOrder, orderAccessToken, tokenForOrder } from "./order-access"

const secret = "c".repeat(64)
const guestOrder = { id: "order_01GUEST", customer_id: "cus_guest", customer: { has_account: false } }
const accountOrder = { id: "order_01ACCOUNT", customer_id: "cus_lan", customer: { has_account: true } }

describe("who may see an order", () => {
  it("opens a guest's order with its own token only", () => {
    const token = orderAccessToken(secret, guestOrder.id)
    expect(isOrderAccessToken(secret, guestOrder.id, token)).toBe(true)
    expect(isOrderAccessToken(secret, "order_01OTHER", token)).toBe(false)
    expect(isOrderAccessToken("d".repeat(64), guestOrder.id, token)).toBe(false)
    for (const wrong of [undefined, "", `${token}x`, token.slice(1), token.toUpperCase(), ["array"]]) {
      expect(isOrderAccessToken(secret, guestOrder.id, wrong)).toBe(false)
    }
    expect(maySeeOrder(guestOrder, { holdsToken: true })).toBe(true)
    expect(maySeeOrder(guestOrder, { holdsToken: false })).toBe(false)
    expect(maySeeOrder({ customer_id: null, customer: null }, { holdsToken: false, customerId: "cus_lan" })).toBe(false)
  })

  it("opens an account's order to that customer signed in, and never by a token", () => {
    expect(maySeeOrder(accountOrder, { customerId: "cus_lan", holdsToken: false })).toBe(true)
    expect(maySeeOrder(accountOrder, { customerId: "cus_mai", holdsToken: true })).toBe(false)
    expect(maySeeOrder(accountOrder, { holdsToken: true })).toBe(false)
    expect(tokenForOrder(secret, accountOrder)).toBeNull()
    expect(tokenForOrder(secret, guestOrder)).toBe(orderAccessToken(secret, guestOrder.id))
  })

  it("signs the order id under its own purpose, not as the bare id the session cookie would sign", () => {
    const token = orderAccessToken(secret, guestOrder.id)
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(token).not.toBe(createHmac("sha256", secret).update(guestOrder.id).digest("base64url"))
  })
})
