/**
 * The shape of what the project adds to the facts in data/ocop-facts.json. Everything in these
 * types is sample data (written by the project, marked sample wherever it is shown); the facts
 * (names, kinds, addresses, product sets, stars, star history) stay in ocop-facts.json and are
 * joined by `producerKey` / `nameVi`.
 */

/** Sample details for one producer of ocop-facts.json (joined by its `key`). */
export type SampleProducerDetails = {
  producerKey: string
  /** URL handle, lower-case ASCII with dashes, e.g. "htx-tai-hoan". */
  handle: string
  contactName: string | null
  /** Vietnamese phone number, e.g. "0209 3880 123" (sample). */
  phone: string
  email: string
  /** Sample GS1 Vietnam company reference after the 893 prefix: exactly 5 digits, unique per producer. */
  gs1CompanyReference: string
  /** Sample business registration number (mã số doanh nghiệp / HTX), 10 digits. */
  businessRegistrationNumber: string
  /** The producer's story, Vietnamese and English, 2–4 sentences each (sample prose that keeps the facts). */
  storyVi: string
  storyEn: string
}

/**
 * A producer the facts do not name (three real products have producer: null). It is sample,
 * marked so in its name, and never given a star of its own.
 */
export type SampleProducer = Omit<SampleProducerDetails, "producerKey"> & {
  producerKey: string
  nameVi: string
  kind: "cooperative" | "household" | "enterprise"
  /** Address as it would be printed (old units allowed). */
  addressAsIssued: string
  provinceCode: string
  communeCode: string | null
}

export type SampleVariant = {
  /** Pack size as sold, e.g. "Gói 500 g", "Chai 500 ml", "Hộp 10 gói". */
  titleVi: string
  titleEn: string
  /** Sample price in whole VND (integer), plausible for the market. */
  priceVnd: number
  /** Sample stock at the producer's stock location. */
  stock: number
  /** Sample item reference (0–9999), unique within the producer: GTIN-13 = 893 + company (5) + item (4) + check digit. */
  itemReference: number
  /** Weight in grams, for shipping. */
  weightGrams: number
}

/** A sample OCOP decision for a product whose star is a fact: the star is the fact, the rest is sample. */
export type SampleCertificate = {
  /** The star from the facts (3, 4 or 5). */
  starRating: 3 | 4 | 5
  /** Sample decision number in the real format, e.g. "1234/QĐ-UBND" (province) or "123/QĐ-BNN-KTHT" (ministry). */
  decisionNumber: string
  /** YYYY-MM-DD; sample unless the facts give the date. */
  decisionDate: string
  issuingAuthority: string
  /** Scores in the star's band (3★ 50–69, 4★ 70–89, 5★ 90–100), A ≤ 40, B ≤ 25, C ≤ 35, A+B+C = total. */
  scoreA: number
  scoreB: number
  scoreC: number
  evaluationKind: "new" | "re_evaluation" | "upgrade"
  criteriaDecision: "1048/QĐ-TTg" | "148/QĐ-TTg"
}

export type SampleProductDetails = {
  /** Exactly the `name_vi` of the product in ocop-facts.json (NFC). */
  nameVi: string
  handle: string
  titleEn: string
  /** One-line subtitle, Vietnamese and English. */
  subtitleVi: string
  subtitleEn: string
  /** Product description (what it is, how to use it), 2–4 sentences each. */
  descriptionVi: string
  descriptionEn: string
  /** Origin story (câu chuyện sản phẩm), 3–6 sentences each, keeping every fact in ocop-facts.json. */
  storyVi: string
  storyEn: string
  /** For products whose producer is null in the facts: the `producerKey` of a SampleProducer. */
  sampleProducerKey?: string
  variants: SampleVariant[]
  /** Certificates in date order; present only when the facts give a star (and star_history). */
  certificates: SampleCertificate[]
}
