import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CACHE_TAGS } from "@ocop/domain/cache-tags"
import { STOREFRONT_PAGES_STALE_EVENT } from "../events"
import { TRADE_CAMPAIGN_MODULE } from "../modules/trade-campaign"
import type TradeCampaignModuleService from "../modules/trade-campaign/service"

/** How far back each run looks: its own minute and the one before, so a run a little late misses no boundary. */
const LOOK_BACK_MS = 2 * 60_000

/**
 * A campaign starts and ends with the clock, not with an event: each minute, if one started or
 * ended since the last minutes, the storefront's pages that show prices or campaigns are told they
 * are stale. (Two runs may both announce a boundary; a second revalidation costs one render.)
 */
export default async function announceCampaignChanges(container: MedusaContainer) {
  await announceCampaignChangesAt(container, new Date())
}

/** The job's work for a given moment (tests give one around a campaign's end). */
export async function announceCampaignChangesAt(container: MedusaContainer, now: Date) {
  const since = new Date(now.getTime() - LOOK_BACK_MS)
  const window = { $gt: since, $lte: now }
  const changed = await container
    .resolve<TradeCampaignModuleService>(TRADE_CAMPAIGN_MODULE)
    .listTradeCampaigns({ $or: [{ starts_at: window }, { ends_at: window }] }, { select: ["id"], take: 1 })
  if (!changed.length) return
  await container.resolve(Modules.EVENT_BUS).emit({ name: STOREFRONT_PAGES_STALE_EVENT, data: { tags: [CACHE_TAGS.campaigns] } })
}

export const config = {
  name: "announce-campaign-changes",
  schedule: "* * * * *",
}
