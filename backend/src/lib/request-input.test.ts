import { BROKEN_PERCENT_ENCODING, bodyProblem, isDateTime, pathProblem, queryProblem, queryStringProblem } from "./request-input"

describe("the address of a request", () => {
  it("takes paths that decode to text, Vietnamese included", () => {
    expect(pathProblem("/store/producers/htx-tai-hoan?fields=*")).toBeNull()
    expect(pathProblem(`/store/products/${encodeURIComponent("miến-dong")}`)).toBeNull()
  })

  it("refuses a broken percent-encoding and a control character anywhere in the path", () => {
    expect(pathProblem("/store/products/%E0%A4%A")).toBe(BROKEN_PERCENT_ENCODING)
    expect(pathProblem("/store/producers/abc%00")).toBe('The address holds a control character (such as %00) in "abc%00": remove it.')
    expect(pathProblem("/store/carts/%1F/complete")).toMatch(/control character/)
    // Only the path: the query string is read by qs, and its values are checked on their own.
    expect(pathProblem("/store/products?q=%00")).toBeNull()
  })
})

describe("the query string", () => {
  it("takes what the storefront and the Admin send", () => {
    expect(queryProblem({ limit: "12", offset: "0", fields: "*variants.calculated_price", q: "miến dong" }, { maxLimit: 100 })).toBeNull()
    expect(queryProblem({ created_at: { $gt: "2024-06-25", $lte: "2024-06-25T08:30:00.123+07:00" } })).toBeNull()
    expect(queryProblem({ id: ["prod_1", "prod_2"], order: "-created_at" })).toBeNull()
    expect(queryProblem({ limit: "9999" }, { maxLimit: 10_000 })).toBeNull()
  })

  it("refuses control characters in any value or name, as sent", () => {
    expect(queryStringProblem("/store/products?q=mi%E1%BA%BFn+dong&limit=12")).toBeNull()
    // qs passes a broken escape on as it came; it is text then, not a control character.
    expect(queryStringProblem("/store/products?q=%E0%A4%A")).toBeNull()
    expect(queryStringProblem("/store/products?q=a%00b")).toBe("The query parameter q holds a control character (such as %00): remove it.")
    expect(queryStringProblem("/store/products?variants[sku]=ok&variants[sku]=%07")).toBe(
      "The query parameter variants[sku] holds a control character (such as %00): remove it.",
    )
    // Medusa takes locale out of the parsed query before any guard sees it.
    expect(queryStringProblem("/store/products?locale=vi%00")).toMatch(/^The query parameter locale holds/)
    expect(queryStringProblem("/store/products?a%00=x")).toMatch(/name holds a control character/)
  })

  it("takes limit and offset as whole numbers in range", () => {
    expect(queryProblem({ limit: "-1" }, { maxLimit: 100 })).toBe('limit is a whole number from 1 to 100; it is "-1".')
    expect(queryProblem({ limit: "0" }, { maxLimit: 100 })).toMatch(/^limit is a whole number from 1 to 100/)
    expect(queryProblem({ limit: "1.5" }, { maxLimit: 100 })).toMatch(/^limit is a whole number/)
    expect(queryProblem({ limit: "101" }, { maxLimit: 100 })).toMatch(/^limit is a whole number from 1 to 100; it is "101"/)
    expect(queryProblem({ limit: "100000" })).toBeNull()
    expect(queryProblem({ offset: "-1" })).toBe('offset is a whole number, 0 or more; it is "-1".')
    expect(queryProblem({ limit: ["1", "2"] })).toBe("limit is a whole number, 1 or more; it is given more than once.")
  })

  it("takes only real dates in a moment's filter, compared as moments", () => {
    expect(queryProblem({ created_at: { $gt: "notadate" } })).toBe(
      'created_at[$gt] is not a date: write it as 2024-06-25 or 2024-06-25T08:30:00Z; it is "notadate".',
    )
    expect(queryProblem({ updated_at: { $in: ["2024-06-25", "2024-02-30"] } })).toMatch(/^updated_at\[\$in\] is not a date/)
    expect(queryProblem({ created_at: { $like: "2024-06-25" } })).toMatch(/^created_at is compared with \$eq, .*; not with \$like\.$/)
  })

  it("refuses an empty id, where the filter would match nothing or everything", () => {
    expect(queryProblem({ tag_id: "" })).toBe("tag_id is empty: give an id, or leave tag_id out.")
    expect(queryProblem({ id: [""] })).toBe("id is empty: give an id, or leave id out.")
    expect(queryProblem({ category_id: { $in: ["pcat_1", " "] } })).toMatch(/^category_id\[\$in\] is empty/)
    expect(queryProblem({ handle: "" })).toBeNull()
  })
})

describe("a moment", () => {
  it("is an ISO 8601 date of the calendar, with or without its time", () => {
    for (const value of ["2024-06-25", "2024-02-29", "2024-06-25T08:30", "2024-06-25T08:30:00Z", "2024-06-25 08:30:00.5+07:00"]) {
      expect(isDateTime(value)).toBe(true)
    }
    for (const value of ["notadate", "1", "2023-02-29", "2024-13-01", "2024-06-31", "2024-06-25T24:00", "2024-06-25T08:60", "25/06/2024"]) {
      expect(isDateTime(value)).toBe(false)
    }
  })
})

describe("the body", () => {
  it("holds no NUL anywhere, which no text column stores", () => {
    expect(bodyProblem({ shipping_address: { first_name: "Lan", metadata: { note: "Gọi trước\nkhi giao" } } })).toBeNull()
    expect(bodyProblem({ shipping_address: { first_name: "La\u0000n" } })).toBe("shipping_address.first_name holds a NUL character (\\u0000): remove it.")
    expect(bodyProblem(undefined)).toBeNull()
  })
})
