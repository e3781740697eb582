/**
 * The programme office's reports, read from the modules: sales from the ledger's sums per product
 * (grouped by what Query says of each product), certificates expiring, what waits for the office,
 * and the showrooms' days from the counter's records. Each reads sums or a bounded page, never
 * every order.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findProvince, provinceShortName } from "@ocop/domain/admin-units"
import { daysBetween } from "@ocop/domain/certificate-expiry"
import { type CertificateLike, currentCertificate } from "@ocop/domain/ocop"
import { EXPIRING_CERTIFICATES_DAYS, groupSales, type ProductSales, type ReportPeriod, type SalesGrouping, salesTotals, vietnamDayStart } from "@ocop/domain/reports"
import { isoDay, todayInVietnam } from "@ocop/domain/vietnam-date"
import ProductCertificateLink from "../links/product-certificate"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"

const DAY_MS = 24 * 60 * 60 * 1000

/** A province as the office's tables name it: "Ninh Bình", not "Tỉnh Ninh Bình". */
const provinceName = (code: string) => {
  const province = findProvince(code)
  return province ? provinceShortName(province.name) : null
}

/** How many pending producers and transfers the to-do list shows; the counts are of all. */
const TO_DO_PAGE = 20

type ProductRow = {
  id: string
  product_set?: { industry?: { code: string; name_vi: string } | null } | null
  certificates?: (CertificateLike | null)[] | null
}

/**
 * Sales over the period by a grouping: the ledger's paid lines and refunds summed per product, each
 * product under its producer's province, its product set's industry and the star of its certificate
 * in force on the period's last day (today, for a period that ends later).
 */
export async function salesReport(container: MedusaContainer, period: ReportPeriod, by: SalesGrouping) {
  const sums = await container.resolve<LedgerModuleService>(LEDGER_MODULE).salesByProduct(period)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set(sums.flatMap((row) => (row.product_id ? [row.product_id] : [])))]
  const producerIds = [...new Set(sums.map((row) => row.producer_id))]
  const [{ data: products }, { data: producers }] = await Promise.all([
    productIds.length
      ? query.graph({
          entity: "product",
          fields: ["id", "product_set.industry.code", "product_set.industry.name_vi", "certificates.*"],
          filters: { id: productIds },
          withDeleted: true,
        })
      : { data: [] },
    producerIds.length ? query.graph({ entity: "producer", fields: ["id", "name", "province_code"], filters: { id: producerIds }, withDeleted: true }) : { data: [] },
  ])
  const productById = new Map((products as ProductRow[]).map((product) => [product.id, product]))
  const producerById = new Map((producers as { id: string; name: string; province_code: string }[]).map((producer) => [producer.id, producer]))
  const starDay = [period.to, todayInVietnam()].sort()[0]!
  const rows: ProductSales[] = sums.map((sum) => {
    const product = sum.product_id ? productById.get(sum.product_id) : undefined
    const producer = producerById.get(sum.producer_id)
    const industry = product?.product_set?.industry ?? null
    const certificates = (product?.certificates ?? []).filter((certificate): certificate is CertificateLike => Boolean(certificate))
    return {
      producer_id: sum.producer_id,
      producer_name: producer?.name ?? null,
      province_code: producer?.province_code ?? null,
      province_name: producer ? provinceName(producer.province_code) : null,
      industry_code: industry?.code ?? null,
      industry_name: industry?.name_vi ?? null,
      star_rating: currentCertificate(certificates, starDay)?.star_rating ?? null,
      units: sum.units,
      gross: sum.gross,
      refunds: sum.refunds,
      commission: sum.commission,
    }
  })
  const groups = groupSales(rows, by)
  return { period: { from: period.from, to: period.to }, by, groups, totals: salesTotals(groups) }
}

/**
 * Verified certificates whose valid-until day falls in the next 90 days (today included), soonest
 * first, with their product and producer, and whether a later verified certificate of the same
 * product already runs past it (renewed: nothing to chase).
 */
export async function expiringCertificates(container: MedusaContainer, today = todayInVietnam()) {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const start = vietnamDayStart(today)
  const expiring = await ocop.listCertificates(
    { verified: true, valid_until: { $gte: new Date(start.getTime() - DAY_MS), $lt: new Date(start.getTime() + (EXPIRING_CERTIFICATES_DAYS + 1) * DAY_MS) } },
    { select: ["id", "decision_number", "star_rating", "valid_until", "verified"], order: { valid_until: "ASC" } },
  )
  const inWindow = expiring.filter((certificate) => {
    const daysLeft = daysBetween(today, certificate.valid_until)
    return daysLeft >= 0 && daysLeft <= EXPIRING_CERTIFICATES_DAYS
  })
  if (!inWindow.length) return []
  const { data: links } = await query.graph({ entity: ProductCertificateLink.entryPoint, fields: ["product_id", "certificate_id"], filters: { certificate_id: inWindow.map((c) => c.id) } })
  const productOf = new Map((links as { product_id: string; certificate_id: string }[]).map((link) => [link.certificate_id, link.product_id]))
  const productIds = [...new Set(productOf.values())]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "title", "producer.id", "producer.name", "certificates.id", "certificates.verified", "certificates.valid_until"],
        filters: { id: productIds },
      })
    : { data: [] }
  type Row = { id: string; title: string; producer?: { id: string; name: string } | null; certificates?: ({ id: string; verified: boolean; valid_until: string } | null)[] | null }
  const byId = new Map((products as Row[]).map((product) => [product.id, product]))
  return inWindow.map((certificate) => {
    const product = byId.get(productOf.get(certificate.id) ?? "")
    const validUntil = isoDay(certificate.valid_until)
    return {
      id: certificate.id,
      decision_number: certificate.decision_number,
      star_rating: certificate.star_rating,
      valid_until: validUntil,
      days_left: daysBetween(today, certificate.valid_until),
      renewed: (product?.certificates ?? []).some((other) => other && other.id !== certificate.id && other.verified && isoDay(other.valid_until) > validUntil),
      product: product ? { id: product.id, title: product.title } : null,
      producer: product?.producer ? { id: product.producer.id, name: product.producer.name } : null,
    }
  })
}

/** What waits for the programme office: producers to approve, oldest first, and bank transfers that paid nothing, newest first. */
export async function officeToDo(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [producers, transfers] = await Promise.all([
    query.graph({
      entity: "producer",
      fields: ["id", "name", "kind", "province_code", "created_at"],
      filters: { status: "pending" },
      pagination: { skip: 0, take: TO_DO_PAGE, order: { created_at: "ASC" } },
    }),
    query.graph({
      entity: "bank_transfer",
      fields: ["id", "amount", "reference", "description", "outcome", "received_at"],
      filters: { outcome: { $ne: "paid" }, resolved_at: null },
      pagination: { skip: 0, take: TO_DO_PAGE, order: { received_at: "DESC" } },
    }),
  ])
  return {
    pending_producers: {
      count: producers.metadata?.count ?? producers.data.length,
      producers: (producers.data as { province_code: string }[]).map((producer) => ({ ...producer, province_name: provinceName(producer.province_code) })),
    },
    transfers_to_resolve: {
      count: transfers.metadata?.count ?? transfers.data.length,
      transfers: (transfers.data as { amount: unknown }[]).map((transfer) => ({ ...transfer, amount: Number(transfer.amount) })),
    },
  }
}

/** Each showroom's Vietnam days over the period (the counter's sums), with the showroom's name. */
export async function showroomDays(container: MedusaContainer, period: ReportPeriod) {
  const days = await container.resolve<PosModuleService>(POS_MODULE).showroomDays(period)
  const showroomIds = [...new Set(days.map((day) => day.showroom_id))]
  const { data: showrooms } = showroomIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "showroom", fields: ["id", "name"], filters: { id: showroomIds } })
    : { data: [] }
  const nameOf = new Map((showrooms as { id: string; name: string }[]).map((showroom) => [showroom.id, showroom.name]))
  return { period: { from: period.from, to: period.to }, days: days.map((day) => ({ ...day, showroom_name: nameOf.get(day.showroom_id) ?? null })) }
}
