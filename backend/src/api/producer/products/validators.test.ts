import { ProducerArrangePhoto, ProducerCreateProduct, ProducerUpdateVariant } from "./validators"

const pack = (overrides: Record<string, unknown> = {}) => ({ title: "Gói 500 g", sku: "MD-500", gtin: "8934588012228", price: 65000, stock: 120, ...overrides })
const product = (overrides: Record<string, unknown> = {}) => ({ title: "Miến dong Tài Hoan", product_set_id: "pset_1", variants: [pack()], ...overrides })

/** What the route answers with a 400: every issue's message, joined. */
const refusal = (schema: { safeParse: (value: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) => {
  const parsed = schema.safeParse(value)
  return parsed.success ? null : parsed.error!.issues.map((issue) => issue.message).join(" ")
}

describe("a producer's product", () => {
  it("stores Vietnamese NFC however it is typed, and a GTIN-13 printed with spaces as its 13 digits", () => {
    const parsed = ProducerCreateProduct.parse(product({ title: "Miến dong Tài Hoan".normalize("NFD"), variants: [pack({ gtin: "893 4588 01222 8" })] }))
    expect(parsed.title).toBe("Miến dong Tài Hoan".normalize("NFC"))
    expect(parsed.variants[0]!.gtin).toBe("8934588012228")
  })

  it("refuses a wrong check digit, a price with decimals and packs that cannot be told apart, each with a sentence", () => {
    expect(refusal(ProducerCreateProduct, product({ variants: [pack({ gtin: "8934588012227" })] }))).toMatch(/the check digit is 8, not 7/)
    expect(refusal(ProducerCreateProduct, product({ variants: [pack({ price: 65000.5 })] }))).toBe("price is in whole đồng, without decimals, e.g. 65000.")
    expect(refusal(ProducerCreateProduct, product({ variants: [pack(), pack({ gtin: "8934588012235" })] }))).toBe(
      "Two packs have the title Gói 500 g: give each its own. Two packs have the sku MD-500: give each its own.",
    )
    expect(refusal(ProducerCreateProduct, product({ product_set_id: undefined }))).toMatch(/Choose the OCOP product set/)
  })

  it("changes a pack or a photo only when told what to change", () => {
    expect(refusal(ProducerUpdateVariant, {})).toMatch(/^Send at least one of title/)
    expect(ProducerUpdateVariant.parse({ gtin: null })).toEqual({ gtin: null })
    expect(refusal(ProducerArrangePhoto, {})).toMatch(/^Send rank/)
    expect(refusal(ProducerArrangePhoto, { rank: -1 })).toBe("rank is 0 or more: 0 is first.")
    expect(ProducerArrangePhoto.parse({ rank: 0, cover: true })).toEqual({ rank: 0, cover: true })
  })
})
