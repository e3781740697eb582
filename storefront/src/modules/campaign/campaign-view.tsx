// A campaign's page: its banner, names, terms in Vietnam's time, its livestreams and videos as link
// cards, and its products at the campaign's price.
import { useLocale, useTranslations } from "next-intl";
import { Photo } from "@/components/photo";
import type { Locale } from "@/i18n/routing";
import { type CampaignWithVideos, campaignName, campaignSummary } from "@/lib/campaigns";
import type { ProductSearchHit } from "@/lib/search";
import { ProductGrid } from "@/modules/catalogue/product-grid";
import { VideoCards } from "@/modules/fair/video-cards";
import { CampaignTerms } from "./campaign-terms";
import styles from "./campaign.module.css";

export function CampaignView({ campaign, products }: { campaign: CampaignWithVideos; products: readonly ProductSearchHit[] }) {
  const t = useTranslations("Campaign");
  const locale = useLocale() as Locale;
  const started = Date.parse(campaign.starts_at) <= Date.now();
  const summary = campaignSummary(campaign, locale);
  return (
    <article className={styles.page}>
      <header className={styles.hero}>
        {campaign.banner && (
          <Photo photo={campaign.banner} url={null} alt="" sizes="(min-width: 75rem) 72rem, 100vw" loading="eager" fetchPriority="high" className={styles.heroPhoto} />
        )}
        <div className={styles.heroText}>
          <p className={styles.eyebrow}>{t("eyebrow")}</p>
          <h1 className={styles.heroTitle}>{campaignName(campaign, locale)}</h1>
          {summary && <p className={styles.heroBody}>{summary}</p>}
          <CampaignTerms campaign={campaign} withStart />
        </div>
      </header>
      {!campaign.live && <p className={styles.notice}>{started ? t("ended") : t("notStarted")}</p>}
      <VideoCards videos={campaign.video_links} headingId="campaign-videos-heading" />
      <section aria-labelledby="campaign-products-heading">
        <h2 id="campaign-products-heading" className={styles.sectionTitle}>
          {t("products")}
        </h2>
        {products.length ? <ProductGrid products={products} headingLevel="h3" /> : <p>{t("none")}</p>}
      </section>
    </article>
  );
}
