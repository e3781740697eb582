/**
 * GET: the certificates waiting for the programme office's check (unverified), oldest first, each
 * with its document, its product and its producer: the operator's queue of producers' uploads.
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isoDay } from "@ocop/domain/vietnam-date"
import ProductCertificateLink from "../../../../links/product-certificate"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"

const PAGE = 100

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [pending, count] = await req.scope
    .resolve<OcopModuleService>(OCOP_MODULE)
    .listAndCountCertificates({ verified: false }, { order: { created_at: "ASC" }, take: PAGE })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = pending.length
    ? await query.graph({ entity: ProductCertificateLink.entryPoint, fields: ["product_id", "certificate_id"], filters: { certificate_id: pending.map((c) => c.id) } })
    : { data: [] }
  const productOf = new Map((links as { product_id: string; certificate_id: string }[]).map((link) => [link.certificate_id, link.product_id]))
  const { data: products } = productOf.size
    ? await query.graph({ entity: "product", fields: ["id", "title", "producer.id", "producer.name"], filters: { id: [...new Set(productOf.values())] } })
    : { data: [] }
  const byId = new Map((products as { id: string; title: string; producer?: { id: string; name: string } | null }[]).map((p) => [p.id, p]))
  res.json({
    certificates: pending.map((certificate) => {
      const product = byId.get(productOf.get(certificate.id) ?? "")
      return {
        id: certificate.id,
        decision_number: certificate.decision_number,
        decision_date: isoDay(certificate.decision_date),
        issuing_authority: certificate.issuing_authority,
        star_rating: certificate.star_rating,
        total_score: certificate.total_score,
        document_url: certificate.document_url,
        submitted_by_producer_id: certificate.submitted_by_producer_id,
        submitted_at: certificate.created_at,
        product: product ? { id: product.id, title: product.title } : null,
        producer: product?.producer ?? null,
      }
    }),
    count,
  })
}
