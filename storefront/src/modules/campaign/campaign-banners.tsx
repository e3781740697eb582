// The home page's live campaigns, each a banner leading to its page (the soonest to end first).
import { useLocale, useTranslations } from "next-intl";
import { Photo } from "@/components/photo";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { type Campaign, campaignName, campaignSummary } from "@/lib/campaigns";
import { CampaignTerms } from "./campaign-terms";
import styles from "./campaign.module.css";

export function CampaignBanners({ campaigns }: { campaigns: readonly Campaign[] }) {
  const t = useTranslations("Campaign");
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="campaigns-heading" className={styles.banners}>
      <h2 id="campaigns-heading" className="visually-hidden">
        {t("heading")}
      </h2>
      <ul className={styles.bannerList}>
        {campaigns.map((campaign, index) => (
          <li key={campaign.id} className={styles.banner}>
            {campaign.banner && (
              <Photo
                photo={campaign.banner}
                url={null}
                alt=""
                sizes="(min-width: 60rem) 22rem, 100vw"
                loading={index === 0 ? "eager" : "lazy"}
                className={styles.bannerPhoto}
              />
            )}
            <div className={styles.bannerText}>
              <p className={styles.eyebrow}>{t("eyebrow")}</p>
              <h3 className={styles.bannerTitle}>
                <Link href={{ pathname: "/campaigns/[handle]", params: { handle: campaign.handle } }} className={styles.bannerLink}>
                  {campaignName(campaign, locale)}
                </Link>
              </h3>
              {campaignSummary(campaign, locale) && <p className={styles.bannerBody}>{campaignSummary(campaign, locale)}</p>}
              <CampaignTerms campaign={campaign} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
