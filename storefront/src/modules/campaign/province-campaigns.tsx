// A province pavilion's live campaigns (those whose rule is the province), as the home page shows
// campaigns; nothing when none runs. Reads them itself, so the pavilion's page adds it with one line.
import { getMedusaForCachedPage } from "@/lib/medusa";
import { listLiveCampaigns } from "@/lib/campaigns";
import { CampaignBanners } from "./campaign-banners";

export async function ProvinceCampaigns({ provinceCode }: { provinceCode: string }) {
  const medusa = getMedusaForCachedPage();
  const campaigns = medusa ? (await listLiveCampaigns(medusa).catch(() => [])).filter((campaign) => campaign.province_code === provinceCode) : [];
  return campaigns.length ? <CampaignBanners campaigns={campaigns} /> : null;
}
