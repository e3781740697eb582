/** Reads campaigns for the store and Admin APIs: each with its discount, Admin's with its budget spent, a campaign's page with its videos. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type CampaignDiscount, isCampaignLive, nextCampaignChange } from "@ocop/domain/campaigns"
import { videoLinksOfCampaign } from "./trade-promotion"

export const TRADE_CAMPAIGN_FIELDS = [
  "id",
  "handle",
  "name_vi",
  "name_en",
  "summary_vi",
  "summary_en",
  "banner",
  "starts_at",
  "ends_at",
  "province_code",
  "industry_code",
  "star_rating",
  "product_ids",
  "discount_type",
  "discount_value",
  "per_buyer_limit",
  "budget",
]

type CampaignRow = {
  id: string
  handle: string
  starts_at: Date | string
  ends_at: Date | string
  discount_type: CampaignDiscount["type"] | null
  discount_value: number | null
  product_ids: string[]
  budget: number | null
  promotion?: { id: string; code: string; campaign?: { budget?: { used?: number | string | null } | null } | null } | null
  [field: string]: unknown
}

export type PresentedCampaign = ReturnType<typeof presentCampaign>

function presentCampaign(row: CampaignRow, now: Date) {
  const { promotion, discount_type, discount_value, ...campaign } = row
  return {
    ...campaign,
    discount: discount_type && discount_value ? ({ type: discount_type, value: discount_value } satisfies CampaignDiscount) : null,
    live: isCampaignLive(row, now),
    promotion_code: promotion?.code ?? null,
    /** What the discount has taken off orders so far, in đồng (Medusa's spend budget's count). */
    budget_used: Number(promotion?.campaign?.budget?.used ?? 0),
  }
}

async function readCampaigns(container: MedusaContainer, filters: Record<string, unknown>, now: Date) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "trade_campaign",
    fields: [...TRADE_CAMPAIGN_FIELDS, "promotion.id", "promotion.code", "promotion.campaign.budget.used"],
    filters,
    pagination: { order: { starts_at: "DESC" } },
  })
  return (data as unknown as CampaignRow[]).map((row) => presentCampaign(row, now))
}

/** What a buyer is shown of a campaign: not its budget, what the budget has given, nor its promotion's code. */
function forBuyers({ budget: _budget, budget_used: _used, promotion_code: _code, ...campaign }: PresentedCampaign) {
  return campaign
}

/** The campaigns running now, soonest to end first, and the next moment one starts or ends (when a cached price goes stale). */
export async function liveCampaigns(container: MedusaContainer, now = new Date()) {
  const current = await readCampaigns(container, { ends_at: { $gt: now } }, now)
  const live = current.filter((campaign) => campaign.live).sort((a, b) => new Date(a.ends_at as string).getTime() - new Date(b.ends_at as string).getTime())
  const next = nextCampaignChange(current as { starts_at: string; ends_at: string }[], now)
  return { campaigns: live.map(forBuyers), next_change_at: next?.toISOString() ?? null }
}

/** A campaign's page: the campaign as buyers see it, with its livestreams and videos (shown as link cards). */
export async function campaignByHandle(container: MedusaContainer, handle: string, now = new Date()) {
  const campaign = (await readCampaigns(container, { handle }, now))[0]
  return campaign ? { ...forBuyers(campaign), video_links: await videoLinksOfCampaign(container, campaign.id) } : null
}

export async function allCampaigns(container: MedusaContainer, now = new Date()) {
  return readCampaigns(container, {}, now)
}

/** One campaign as the operator reads it, or a 404 with a sentence. */
export async function campaignForOperator(container: MedusaContainer, id: string, now = new Date()) {
  const campaign = (await readCampaigns(container, { id }, now))[0]
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no campaign ${id}: reload the Trade campaigns page and choose one from its list.`)
  return campaign
}
