/**
 * The sample catalogue's three campaigns, after the programme's trade promotion (data/ocop-facts.json:
 * provincial fairs and weeks of OCOP goods, online pavilions): Nam Định's products (Ninh Bình since
 * 2025), Bắc Kạn's (Thái Nguyên since 2025) and the national 5★ selection, with long dates so the
 * home page shows them for years. None has a discount: a sample discount would change the price of
 * every sample product in it, for every order the demo and the journeys place, and a limit per
 * buyer would refuse the demo buyer's third order. The operator makes discounted campaigns on the
 * Admin's Trade campaigns page; the integration tests prove them.
 */
import type { CampaignDiscount } from "@ocop/domain/campaigns"

export type SampleCampaign = {
  handle: string
  name_vi: string
  name_en: string
  summary_vi: string
  summary_en: string
  /** Vietnam's time. */
  starts_at: string
  ends_at: string
  province_code?: string
  star_rating?: number
  discount?: CampaignDiscount
  per_buyer_limit?: number
  budget?: number
}

export const SAMPLE_CAMPAIGNS: readonly SampleCampaign[] = [
  {
    handle: "tuan-hang-ocop-nam-dinh",
    name_vi: "Tuần hàng OCOP Nam Định (nay là Ninh Bình)",
    name_en: "Nam Định (now Ninh Bình) OCOP week",
    summary_vi: "Gạo, miến, nước mắm, trà và đặc sản của các HTX Hải Hậu, Giao Thủy, mua trực tiếp từ chủ thể sản xuất.",
    summary_en: "Rice, noodles, fish sauce, teas and specialities of the Hải Hậu and Giao Thủy cooperatives, bought directly from their producers.",
    starts_at: "2026-01-01T00:00",
    ends_at: "2030-12-31T23:59",
    province_code: "37",
  },
  {
    handle: "dac-san-bac-kan",
    name_vi: "Đặc sản Bắc Kạn (nay là Thái Nguyên)",
    name_en: "Bắc Kạn (now Thái Nguyên) specialities",
    summary_vi: "Miến dong, mơ, chè và sản phẩm vùng núi Na Rì, Ba Bể.",
    summary_en: "Canna glass noodles, apricots, tea and mountain products of Na Rì and Ba Bể.",
    starts_at: "2026-01-01T00:00",
    ends_at: "2030-12-31T23:59",
    province_code: "19",
  },
  {
    handle: "tinh-hoa-ocop-5-sao",
    name_vi: "Tinh hoa OCOP 5 sao",
    name_en: "The best of OCOP: 5 stars",
    summary_vi: "Những sản phẩm đạt 5 sao, hạng cao nhất của Chương trình OCOP, mua trực tiếp từ chủ thể sản xuất.",
    summary_en: "Products rated 5 stars, the programme's highest rating, bought directly from their producers.",
    starts_at: "2026-01-01T00:00",
    ends_at: "2030-12-31T23:59",
    star_rating: 5,
  },
]
