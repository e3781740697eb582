// The product page's campaign price, server-rendered beside the buy box: the campaign (a link to its
// page), its terms, and each pack's price in it next to the usual one. No script of its own.
import { formatVnd } from "@ocop/domain/money";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { type Campaign, campaignName, packCampaignPrice } from "@/lib/campaigns";
import { CampaignTerms } from "./campaign-terms";
import styles from "./campaign.module.css";

export type PackPrice = { id: string; title: string; amount: number };

export function CampaignPrice({ campaign, packs }: { campaign: Campaign; packs: readonly PackPrice[] }) {
  const t = useTranslations("Campaign");
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="campaign-price-heading" className={styles.offer}>
      <h2 id="campaign-price-heading" className={styles.offerTitle}>
        {t("priceInCampaign")}:{" "}
        <Link href={{ pathname: "/campaigns/[handle]", params: { handle: campaign.handle } }}>{campaignName(campaign, locale)}</Link>
      </h2>
      <CampaignTerms campaign={campaign} />
      <ul className={styles.offerPacks}>
        {packs.map((pack) => (
          <li key={pack.id}>
            {t("packPrice", { pack: pack.title, price: formatVnd(packCampaignPrice(campaign, pack.amount)), usual: formatVnd(pack.amount) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
