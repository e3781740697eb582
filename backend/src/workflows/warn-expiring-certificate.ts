import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { certificatesToWarn, daysBetween, EXPIRY_WARNING_DAYS } from "@ocop/domain/certificate-expiry"
import { isoDay, todayInVietnam } from "@ocop/domain/vietnam-date"
import ProductCertificateLink from "../links/product-certificate"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { PRODUCER_NOTICE_TEMPLATES, tellProducerMembersStep } from "./steps/send-producer-notices"
import { updateCertificateStep } from "./steps/update-certificate"

export type ExpiringCertificate = {
  certificate_id: string
  decision_number: string
  valid_until: string
  days_left: number
  product_id: string
  product_title: string
  producer_id: string
}

type LinkedCertificate = {
  id: string
  verified: boolean
  valid_until: Date | string
  expiry_warned_at: Date | string | null
  decision_number: string
  product_id: string | null
}

/**
 * The certificates whose producer is to be warned today (@ocop/domain/certificate-expiry), with
 * their product and its producer. Read from the ones expiring in the window not warned yet, and
 * their products' other certificates, which may have renewed them.
 */
export async function certificatesDueForWarning(container: MedusaContainer, today = todayInVietnam()): Promise<ExpiringCertificate[]> {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const windowEnd = new Date(Date.parse(today) + (EXPIRY_WARNING_DAYS + 1) * 24 * 3_600_000)
  const expiring = await ocop.listCertificates(
    { verified: true, expiry_warned_at: null, valid_until: { $gte: new Date(Date.parse(today) - 24 * 3_600_000), $lt: windowEnd } },
    { select: ["id"] },
  )
  if (!expiring.length) return []
  const { data: links } = await query.graph({
    entity: ProductCertificateLink.entryPoint,
    fields: ["product_id"],
    filters: { certificate_id: expiring.map((c) => c.id) },
  })
  const productIds = [...new Set((links as { product_id: string }[]).map((link) => link.product_id))]
  if (!productIds.length) return []
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "producer.id", "certificates.id", "certificates.verified", "certificates.valid_until", "certificates.expiry_warned_at", "certificates.decision_number"],
    filters: { id: productIds },
  })
  type Row = { id: string; title: string; producer?: { id: string } | null; certificates?: (Omit<LinkedCertificate, "product_id"> | null)[] | null }
  const byProduct = new Map((products as Row[]).map((product) => [product.id, product]))
  const certificates: LinkedCertificate[] = (products as Row[]).flatMap((product) =>
    (product.certificates ?? []).flatMap((c) => (c ? [{ ...c, product_id: product.id }] : [])),
  )
  return certificatesToWarn(certificates, today).flatMap((certificate) => {
    const product = byProduct.get(certificate.product_id!)
    if (!product?.producer) return []
    return [
      {
        certificate_id: certificate.id,
        decision_number: certificate.decision_number,
        valid_until: isoDay(certificate.valid_until),
        days_left: daysBetween(today, certificate.valid_until),
        product_id: product.id,
        product_title: product.title,
        producer_id: product.producer.id,
      },
    ]
  })
}

/**
 * Warns the producer's owners, by email, that a certificate expires soon (so they can ask for
 * re-evaluation in time), and records the warning on the certificate so the daily job sends it
 * once; the notice's idempotency key keeps a retried run from sending it twice.
 */
export const warnExpiringCertificateWorkflow = createWorkflow("warn-expiring-certificate", (input: ExpiringCertificate) => {
  tellProducerMembersStep(
    transform({ input }, ({ input }) => ({
      producer_id: input.producer_id,
      template: PRODUCER_NOTICE_TEMPLATES.certificateExpiring,
      roles: ["owner" as const],
      occasion: input.certificate_id,
      data: {
        certificate_id: input.certificate_id,
        decision_number: input.decision_number,
        valid_until: input.valid_until,
        days_left: input.days_left,
        product_id: input.product_id,
        product_title: input.product_title,
      },
    })),
  )
  const certificate = updateCertificateStep(transform({ input }, ({ input }) => ({ id: input.certificate_id, expiry_warned_at: new Date().toISOString() })))
  return new WorkflowResponse(certificate)
})
