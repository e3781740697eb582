import { StoreProductSearchQuery } from "./validators"

/** What the route answers with a 400: every issue's message, joined. */
const refusal = (query: Record<string, unknown>) => {
  const parsed = StoreProductSearchQuery.safeParse(query)
  return parsed.success ? null : parsed.error.issues.map((issue) => issue.message).join(" ")
}

describe("StoreProductSearchQuery", () => {
  it("reads one star rating or several as a list", () => {
    expect(StoreProductSearchQuery.parse({ star_rating: "5" }).star_rating).toEqual([5])
    expect(StoreProductSearchQuery.parse({ star_rating: ["5", "4"] }).star_rating).toEqual([5, 4])
    expect(StoreProductSearchQuery.parse({}).star_rating).toBeUndefined()
    expect(refusal({ star_rating: ["5", "9"] })).toBe("A star rating is 3, 4 or 5.")
  })

  it("takes producer handles, and nothing that is not one", () => {
    expect(StoreProductSearchQuery.parse({ producer_handle: "htx-tai-hoan" }).producer_handle).toBe("htx-tai-hoan")
    expect(StoreProductSearchQuery.parse({ not_producer_handle: "htx-tai-hoan" }).not_producer_handle).toBe("htx-tai-hoan")
    expect(refusal({ producer_handle: "HTX Tài Hoan" })).toMatch(/^producer_handle is a producer's handle/)
    expect(refusal({ not_producer_handle: "" })).toMatch(/^not_producer_handle is a producer's handle/)
  })

  it("takes a price range in whole đồng, either end inclusive and optional", () => {
    expect(StoreProductSearchQuery.parse({ price_min: "50000", price_max: "150000" })).toMatchObject({
      price_min: 50000,
      price_max: 150000,
    })
    expect(StoreProductSearchQuery.parse({ price_min: "65000", price_max: "65000" }).price_max).toBe(65000)
    expect(StoreProductSearchQuery.parse({ price_max: "0" }).price_max).toBe(0)
    expect(refusal({ price_min: "150000", price_max: "50000" })).toBe("price_min is above price_max: swap them, or leave one out.")
    expect(refusal({ price_min: "-1" })).toBe("price_min is a whole number of đồng, 0 or more, e.g. 150000.")
    expect(refusal({ price_max: "99.5" })).toBe("price_max is a whole number of đồng, 0 or more, e.g. 150000.")
    expect(refusal({ price_max: "" })).toMatch(/^price_max is a whole number/)
  })

  it("sorts by featured unless told otherwise, and names the orders it knows", () => {
    expect(StoreProductSearchQuery.parse({}).sort).toBe("featured")
    expect(StoreProductSearchQuery.parse({ sort: "price_desc" }).sort).toBe("price_desc")
    expect(refusal({ sort: "cheapest" })).toBe("sort is one of featured, price_asc, price_desc, stars, newest.")
  })

  it("keeps the query's Vietnamese in NFC", () => {
    const decomposed = "Nước mắm".normalize("NFD")
    expect(StoreProductSearchQuery.parse({ q: decomposed }).q).toBe("Nước mắm".normalize("NFC"))
  })
})
