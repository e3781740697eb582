/**
 * The buyer-facing OCOP view of a product (its producer, product set, industry and current
 * certificate) from the raw linked records: the store API's clients and the search documents both
 * show a product through it, so the badge follows one rule.
 */
import { findCommune, findProvince } from "./admin-units"
import { type CertificateLike, currentCertificate, isExpired, latestCertificate, ocopStanding, starHistory } from "./ocop"
import { isoDay, todayInVietnam } from "./vietnam-date"

/** What a buyer may read of a certificate: the fields CertificateLike holds. */
const CERTIFICATE_PUBLIC_FIELDS = [
  "id",
  "decision_number",
  "decision_date",
  "issuing_authority",
  "star_rating",
  "valid_until",
  "verified",
  "is_sample",
  "evaluation_kind",
] as const satisfies readonly (keyof CertificateLike)[]

/** The linked fields presentOcopProduct needs, for any query of products. */
export const OCOP_FIELDS = [
  "producer.id",
  "producer.handle",
  "producer.name",
  "producer.kind",
  "producer.status",
  "producer.address_as_issued",
  "producer.province_code",
  "producer.commune_code",
  "producer.story_vi",
  "producer.story_en",
  "producer.logo_url",
  "producer.is_sample",
  // A certificate's public fields only: who uploaded its document, the document itself and when
  // its owners were warned stay with the producer and the programme office.
  ...CERTIFICATE_PUBLIC_FIELDS.map((field) => `certificates.${field}`),
  "certificates.product_set.*",
  "product_set.*",
  "product_set.industry.*",
]

/** The same fields as a store API client asks for them, on top of a route's defaults. */
export const OCOP_STORE_FIELDS = OCOP_FIELDS.map((field) => `+${field}`)

type RawProducer = {
  id: string
  handle: string
  name: string
  kind: string
  status: string
  address_as_issued: string
  province_code: string
  commune_code: string | null
  story_vi: string | null
  story_en: string | null
  logo_url: string | null
  is_sample: boolean
}
type RawProductSet = {
  number: number
  handle: string
  name_vi: string
  name_en: string
  industry?: { code: string; handle: string; name_vi: string; name_en: string } | null
}
export type RawProduct = {
  producer?: RawProducer | null
  certificates?: (CertificateLike & { product_set?: RawProductSet | null })[] | null
  product_set?: RawProductSet | null
  [key: string]: unknown
}

export function presentProducer(producer: RawProducer) {
  const province = findProvince(producer.province_code)
  const commune = producer.commune_code ? findCommune(producer.province_code, producer.commune_code) : undefined
  return {
    id: producer.id,
    handle: producer.handle,
    name: producer.name,
    kind: producer.kind,
    address_as_issued: producer.address_as_issued,
    province: province ? { code: province.code, name: province.name } : null,
    commune: commune ? { code: commune.code, name: commune.name } : null,
    story_vi: producer.story_vi,
    story_en: producer.story_en,
    logo_url: producer.logo_url,
    is_sample: producer.is_sample,
  }
}

export function presentProductSet(set: RawProductSet | null | undefined) {
  if (!set) return null
  return { number: set.number, handle: set.handle, name_vi: set.name_vi, name_en: set.name_en }
}

export function presentIndustry(set: RawProductSet | null | undefined) {
  const industry = set?.industry
  return industry ? { code: industry.code, handle: industry.handle, name_vi: industry.name_vi, name_en: industry.name_en } : null
}

function presentCertificate(certificate: CertificateLike | null, today: string) {
  if (!certificate) return null
  return {
    id: certificate.id,
    decision_number: certificate.decision_number,
    decision_date: isoDay(certificate.decision_date),
    issuing_authority: certificate.issuing_authority,
    star_rating: certificate.star_rating,
    valid_until: isoDay(certificate.valid_until),
    expired: isExpired(certificate, today),
    verified: certificate.verified,
    is_sample: certificate.is_sample,
  }
}

export function presentOcopProduct<P extends RawProduct>(product: P, today = todayInVietnam()) {
  const { certificates: rawCertificates, producer, product_set, ...rest } = product
  const certificates = rawCertificates ?? []
  const current = currentCertificate(certificates, today)
  const latest = latestCertificate(certificates, today)
  return {
    ...rest,
    producer: producer ? presentProducer(producer) : null,
    ocop: {
      standing: ocopStanding(certificates, today),
      star_rating: current?.star_rating ?? null,
      current_certificate: presentCertificate(current, today),
      latest_certificate: presentCertificate(latest, today),
      product_set: presentProductSet(product_set),
      industry: presentIndustry(product_set),
      star_history: starHistory(certificates),
    },
  }
}
