// The home page's content: the site's search action for search engines, the live campaigns (the
// national 5★ banner when none runs), the 5★ shelf, industries, provinces and the newest listings.
import { getTranslations } from "next-intl/server";
import { JsonLd } from "@/components/json-ld";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/seo-urls";
import { CampaignBanners } from "@/modules/campaign/campaign-banners";
import { CampaignBanner } from "./campaign-banner";
import { IndustryLinks } from "./industry-links";
import type { HomeData } from "./load-home";
import { ProductShelf } from "./product-shelf";
import { ProvinceLinks } from "./province-links";

export async function HomeView({ locale, campaigns, national, newest, industries, provinces, total }: HomeData & { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const home = absoluteUrl(getPathname({ href: "/", locale }));
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "WebSite",
          name: t("siteName"),
          url: home,
          inLanguage: locale,
          potentialAction: {
            "@type": "SearchAction",
            target: `${absoluteUrl(getPathname({ href: "/products", locale }))}?q={query}`,
            "query-input": "required name=query",
          },
        }}
      />
      <h1 className="visually-hidden">{t("title")}</h1>
      {campaigns.length ? <CampaignBanners campaigns={campaigns} /> : <CampaignBanner />}
      <ProductShelf id="national" products={national} kind="national" total={total} aboveTheFold />
      <IndustryLinks industries={industries} />
      <ProvinceLinks provinces={provinces} />
      <ProductShelf id="newest" products={newest} kind="newest" total={total} />
    </>
  );
}
