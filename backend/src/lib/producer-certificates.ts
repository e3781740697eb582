/**
 * A producer's certificates as the producer API shows them: each with its state for the producer
 * (@ocop/domain/certificate-expiry: pending until the programme office verifies it, valid,
 * expiring soon, expired), its document and the product it is of; read through the
 * product ↔ certificate and product ↔ producer links.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerCertificateState } from "@ocop/domain/certificate-expiry"
import { isoDay, todayInVietnam } from "@ocop/domain/vietnam-date"
import ProductCertificateLink from "../links/product-certificate"
import ProductProducerLink from "../links/product-producer"

export type CertificateRecord = {
  id: string
  decision_number: string
  decision_date: Date | string
  issuing_authority: string
  star_rating: number
  total_score: number
  score_a: number | null
  score_b: number | null
  score_c: number | null
  evaluation_kind: string
  valid_until: Date | string
  verified: boolean
  document_url: string | null
  submitted_by_producer_id: string | null
  created_at: Date | string
}

export const CERTIFICATE_FIELDS = [
  "id",
  "decision_number",
  "decision_date",
  "issuing_authority",
  "star_rating",
  "total_score",
  "score_a",
  "score_b",
  "score_c",
  "evaluation_kind",
  "valid_until",
  "verified",
  "document_url",
  "submitted_by_producer_id",
  "created_at",
]

export type ProducerCertificateProduct = { id: string; title: string }

export function presentProducerCertificate(certificate: CertificateRecord, product: ProducerCertificateProduct | null, today = todayInVietnam()) {
  const { state, days_left } = producerCertificateState(certificate, today)
  return {
    id: certificate.id,
    decision_number: certificate.decision_number,
    decision_date: isoDay(certificate.decision_date),
    issuing_authority: certificate.issuing_authority,
    star_rating: certificate.star_rating,
    total_score: certificate.total_score,
    score_a: certificate.score_a,
    score_b: certificate.score_b,
    score_c: certificate.score_c,
    evaluation_kind: certificate.evaluation_kind,
    valid_until: isoDay(certificate.valid_until),
    verified: certificate.verified,
    state,
    days_left,
    document_url: certificate.document_url,
    submitted_at: new Date(certificate.created_at).toISOString(),
    product,
  }
}

export type ProducerCertificate = ReturnType<typeof presentProducerCertificate>

const newestFirst = (a: ProducerCertificate, b: ProducerCertificate) => b.decision_date.localeCompare(a.decision_date) || b.submitted_at.localeCompare(a.submitted_at)

/** The certificates of these products, newest decision first. */
export async function certificatesOfProducts(container: MedusaContainer, productIds: string[]): Promise<ProducerCertificate[]> {
  if (!productIds.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", ...CERTIFICATE_FIELDS.map((field) => `certificates.${field}`)],
    filters: { id: productIds },
  })
  const today = todayInVietnam()
  return (data as { id: string; title: string; certificates?: (CertificateRecord | null)[] | null }[])
    .flatMap((product) =>
      (product.certificates ?? []).flatMap((certificate) => (certificate ? [presentProducerCertificate(certificate, { id: product.id, title: product.title }, today)] : [])),
    )
    .sort(newestFirst)
}

/** Every certificate of the producer's products (archived ones aside), newest decision first. */
export async function certificatesOfProducer(container: MedusaContainer, producerId: string): Promise<ProducerCertificate[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product_id"],
    filters: { producer_id: producerId },
  })
  return certificatesOfProducts(container, (data as { product_id: string }[]).map((row) => row.product_id))
}

/** The product a certificate is of, or null for one linked to none. */
export async function productOfCertificate(container: MedusaContainer, certificateId: string): Promise<string | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: ProductCertificateLink.entryPoint,
    fields: ["product_id"],
    filters: { certificate_id: certificateId },
  })
  return (data[0] as { product_id: string } | undefined)?.product_id ?? null
}
