/**
 * The sample trade promotion: a fair of Hải Hậu's OCOP producers at Yên Định (Ninh Bình since
 * 2025), a week from the day the samples load so that it is always "coming" on a fresh stack, and
 * Ninh Bình's pavilion curated with an introduction and its featured producers and products. Both
 * are samples the project wrote (the articles name no fair); loading twice changes nothing.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createFairWorkflow } from "@ocop/backend/workflows/create-fair"
import { curatePavilionWorkflow } from "@ocop/backend/workflows/curate-pavilion"
import { todayInVietnam } from "@ocop/domain/vietnam-date"

export const SAMPLE_FAIR_HANDLE = "hoi-cho-ocop-hai-hau"
const NINH_BINH = "37"
/** Yên Định, the commune (2025) of the Hải Hậu showroom. */
const YEN_DINH = "14215"
const FEATURED_PRODUCERS = ["htx-thuc-pham-sach-hai-son", "cong-ty-cp-duoc-lieu-hai-hau"]

function dayAfter(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

type Row = { id: string; handle: string }

export async function ensureSampleTradePromotion(container: MedusaContainer): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "products.id", "products.status"],
    filters: { province_code: NINH_BINH, status: "approved" },
  })
  const ninhBinh = producers as (Row & { products?: ({ id: string; status: string } | null)[] | null })[]
  if (ninhBinh.length === 0) return

  const { data: fairs } = await query.graph({ entity: "fair", fields: ["id"], filters: { handle: SAMPLE_FAIR_HANDLE } })
  if (fairs.length === 0) {
    const startsOn = dayAfter(todayInVietnam(), 7)
    await createFairWorkflow(container).run({
      input: {
        handle: SAMPLE_FAIR_HANDLE,
        name: "Hội chợ sản phẩm OCOP huyện Hải Hậu",
        name_en: "Hải Hậu OCOP products fair",
        description:
          "Các chủ thể OCOP của Hải Hậu bày bán gạo, trứng, trà thảo dược, bánh nhãn và hải sản của vùng: quét mã QR ở mỗi gian hàng để xem sản phẩm, chứng nhận và đặt hàng giao tận nhà.",
        description_en:
          "Hải Hậu's OCOP producers sell the district's rice, eggs, herbal teas, longan cakes and seafood: scan the QR code at each stall to see the products, their certificates, and order for delivery.",
        starts_on: startsOn,
        ends_on: dayAfter(startsOn, 4),
        province_code: NINH_BINH,
        commune_code: YEN_DINH,
        venue: "Sân vận động thị trấn Yên Định",
        producer_ids: ninhBinh.map((producer) => producer.id),
      },
    })
  }

  const { data: pavilions } = await query.graph({ entity: "pavilion", fields: ["id"], filters: { province_code: NINH_BINH } })
  if (pavilions.length === 0) {
    const featured = FEATURED_PRODUCERS.flatMap((handle) => ninhBinh.filter((producer) => producer.handle === handle))
    await curatePavilionWorkflow(container).run({
      input: {
        province_code: NINH_BINH,
        introduction:
          "Từ ngày 1/7/2025, Nam Định, Hà Nam và Ninh Bình cũ hợp thành tỉnh Ninh Bình. Gian hàng giới thiệu trước các chủ thể OCOP của vùng biển Hải Hậu: trứng gà sạch Hải Sơn và trà thảo dược túi lọc đầu tiên của huyện.",
        introduction_en:
          "Since 1 July 2025, Nam Định, Hà Nam and the former Ninh Bình form Ninh Bình province. The pavilion opens with the OCOP producers of coastal Hải Hậu: Hải Sơn's clean hen's eggs and the district's first herbal teas in tea bags.",
        producer_ids: featured.map((producer) => producer.id),
        product_ids: featured.flatMap((producer) => (producer.products ?? []).filter((product) => product?.status === "published").map((product) => product!.id)),
      },
    })
  }
}
