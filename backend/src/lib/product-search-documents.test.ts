import { producerAliases, toProductSearchDocument, type ProductSearchGraphRow } from "./product-search-documents"
import { NO_FEEDBACK } from "./product-feedback"

/** The web shop's stock location; the showroom's is sloc_showroom. */
const WEB = new Set(["sloc_web"])

const certificate = (overrides: Record<string, unknown> = {}) => ({
  id: "ocert_1",
  decision_number: "1234/QĐ-UBND",
  decision_date: "2024-06-25",
  issuing_authority: "UBND tỉnh Bắc Kạn",
  star_rating: 5,
  valid_until: "2027-06-25",
  verified: true,
  is_sample: true,
  ...overrides,
})

const product = (overrides: Partial<ProductSearchGraphRow> = {}): ProductSearchGraphRow => ({
  id: "prod_1",
  handle: "mien-dong-tai-hoan",
  title: "Miến dong Tài Hoan",
  subtitle: "Miến dong sợi nhỏ",
  description: "<p>Miến làm từ <b>củ dong riềng</b>.</p>",
  status: "published",
  thumbnail: "http://localhost:9000/static/mien.webp",
  created_at: "2026-11-01T03:00:00.000Z",
  metadata: { title_en: "Tài Hoan arrowroot noodles", story_vi: `${"Câu chuyện dài ".repeat(40)}kết thúc.` },
  variants: [
    {
      id: "variant_1",
      ean: "8930000000011",
      manage_inventory: true,
      calculated_price: { calculated_amount: 65000 },
      inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ location_id: "sloc_web", stocked_quantity: 5, reserved_quantity: 5 }] } }],
    },
    {
      id: "variant_2",
      ean: "8930000000028",
      manage_inventory: true,
      calculated_price: { calculated_amount: 120000 },
      inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ location_id: "sloc_web", stocked_quantity: 3, reserved_quantity: 0 }] } }],
    },
  ],
  sales_channels: [{ id: "sc_web" }],
  producer: {
    id: "pdr_1",
    handle: "htx-tai-hoan",
    name: "HTX Tài Hoan",
    kind: "cooperative",
    status: "approved",
    address_as_issued: "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn",
    province_code: "19",
    commune_code: "02185",
    story_vi: null,
    story_en: null,
    logo_url: null,
    is_sample: true,
  },
  certificates: [certificate()],
  product_set: {
    number: 7,
    handle: "tinh-bot",
    name_vi: "Bột, tinh bột",
    name_en: "Flour and starch",
    industry: { code: "TP", handle: "thuc-pham", name_vi: "Thực phẩm", name_en: "Food" },
  },
  ...overrides,
})

describe("toProductSearchDocument", () => {
  it("describes a published product of an approved producer as buyers search it", () => {
    const doc = toProductSearchDocument(product(), WEB, NO_FEEDBACK, "2026-11-22")!
    expect(doc).toMatchObject({
      id: "prod_1",
      title: "Miến dong Tài Hoan",
      title_en: "Tài Hoan arrowroot noodles",
      description: "Miến làm từ củ dong riềng .",
      producer_name: "HTX Tài Hoan",
      producer_aliases: ["Hợp tác xã Tài Hoan"],
      industry: "Thực phẩm",
      product_set_number: 7,
      star_rating: 5,
      certified: true,
      ocop_standing: "certified",
      certificate_valid_until: "2027-06-25",
      certificate_valid_until_ts: Date.parse("2027-06-25T00:00:00Z"),
      province: "Tỉnh Thái Nguyên",
      commune: "Xã Côn Minh",
      price_vnd: 65000,
      price_varies: true,
      in_stock: true,
      barcodes: ["8930000000011", "8930000000028"],
      sales_channel_ids: ["sc_web"],
      created_at_ts: Date.parse("2026-11-01T03:00:00.000Z"),
    })
    expect(doc.place_names).toEqual(expect.arrayContaining(["Na Rì", "Bắc Kạn"]))
    expect(doc.story_excerpt!.length).toBeLessThanOrEqual(281)
    expect(doc.story_excerpt).toMatch(/ Câu…$/)
  })

  it("carries the lowest-ranked photo the pipeline prepared, for the card, and no photo without one", () => {
    const photo = (width: number) => ({
      width,
      height: width,
      placeholder: "data:image/webp;base64,AAAA",
      renditions: [{ width: 320, format: "avif", url: `http://localhost:9000/static/${width}-320.avif` }],
    })
    const images = [
      { url: "http://localhost:9000/static/second.webp", rank: 1, metadata: { photo: photo(800) } },
      { url: "http://localhost:9000/static/first.webp", rank: 0, metadata: { photo: photo(1200) } },
    ]
    expect(toProductSearchDocument(product({ images }), WEB, NO_FEEDBACK)!.photo).toEqual(photo(1200))
    expect(toProductSearchDocument(product({ images: [{ url: "http://x/raw.jpg", rank: 0, metadata: null }] }), WEB, NO_FEEDBACK)!.photo).toBeNull()
    expect(toProductSearchDocument(product(), WEB, NO_FEEDBACK)!.photo).toBeNull()
  })

  it("says a price is the same for every pack when it is", () => {
    const variant = (id: string) => ({ id, manage_inventory: false, calculated_price: { calculated_amount: 65000 } })
    expect(toProductSearchDocument(product({ variants: [variant("a"), variant("b")] }), WEB, NO_FEEDBACK)!.price_varies).toBe(false)
  })

  it("drops the star once the certificate has expired, and the stock once every variant is sold out", () => {
    const doc = toProductSearchDocument(
      product({
        variants: [
          {
            id: "variant_1",
            manage_inventory: true,
            calculated_price: { calculated_amount: 65000 },
            inventory_items: [{ required_quantity: 2, inventory: { location_levels: [{ location_id: "sloc_web", stocked_quantity: 1, reserved_quantity: 0 }] } }],
          },
        ],
      }),
      WEB,
      NO_FEEDBACK,
      "2027-06-26"
    )!
    expect(doc).toMatchObject({ star_rating: null, certified: false, ocop_standing: "expired", in_stock: false })
  })

  it("has no document for a draft or for a producer that is not approved", () => {
    expect(toProductSearchDocument(product({ status: "draft" }), WEB, NO_FEEDBACK)).toBeNull()
    const suspended = product()
    suspended.producer = { ...suspended.producer!, status: "suspended" }
    expect(toProductSearchDocument(suspended, WEB, NO_FEEDBACK)).toBeNull()
  })
})

describe("in stock", () => {
  it("counts only the stock at the locations the web shop sells from, never the showroom's", () => {
    const atShowroom = product({
      variants: [
        {
          id: "variant_1",
          manage_inventory: true,
          calculated_price: { calculated_amount: 65000 },
          inventory_items: [
            {
              required_quantity: 1,
              inventory: {
                location_levels: [
                  { location_id: "sloc_web", stocked_quantity: 0, reserved_quantity: 0 },
                  { location_id: "sloc_showroom", stocked_quantity: 40, reserved_quantity: 0 },
                ],
              },
            },
          ],
        },
      ],
    })
    expect(toProductSearchDocument(atShowroom, WEB, NO_FEEDBACK)!.in_stock).toBe(false)
    expect(toProductSearchDocument(atShowroom, new Set(["sloc_web", "sloc_showroom"]), NO_FEEDBACK)!.in_stock).toBe(true)
  })
})

describe("producerAliases", () => {
  it("writes the legal form the other way round", () => {
    expect(producerAliases("HTX Tài Hoan")).toEqual(["Hợp tác xã Tài Hoan"])
    expect(producerAliases("Hợp tác xã Hương Rừng")).toEqual(["HTX Hương Rừng"])
    expect(producerAliases("Công ty TNHH Biển Đông DHC")).toEqual(["Cty TNHH Biển Đông DHC"])
    expect(producerAliases("Cơ sở Vũ Thị Nhiễu")).toEqual([])
  })
})
