import { mayUseCart } from "./cart-access"

const guestCart = { id: "cart_guest", customer_id: null, customer: null }
const guestWithEmail = { id: "cart_email", customer_id: "cus_guest", customer: { has_account: false } }
const lanCart = { id: "cart_lan", customer_id: "cus_lan", customer: { has_account: true } }

describe("who may use a cart", () => {
  it("lets whoever holds a guest cart's id use it, signed in or not", () => {
    for (const cart of [guestCart, guestWithEmail]) {
      expect(mayUseCart(cart, undefined, "cart")).toBe(true)
      expect(mayUseCart(cart, "cus_mai", "cart")).toBe(true)
    }
  })

  it("opens a registered customer's cart only to that customer", () => {
    expect(mayUseCart(lanCart, "cus_lan", "cart")).toBe(true)
    expect(mayUseCart(lanCart, "cus_mai", "cart")).toBe(false)
    expect(mayUseCart(lanCart, undefined, "cart")).toBe(false)
    expect(mayUseCart(lanCart, undefined, "order")).toBe(false)
  })

  it("reads a placed cart only as its order", () => {
    const placed = { ...guestCart, completed_at: new Date() }
    expect(mayUseCart(placed, undefined, "cart")).toBe(false)
    expect(mayUseCart(placed, undefined, "order")).toBe(true)
    expect(mayUseCart({ ...lanCart, completed_at: new Date() }, "cus_lan", "cart")).toBe(false)
    expect(mayUseCart({ ...lanCart, completed_at: new Date() }, "cus_lan", "order")).toBe(true)
  })
})
