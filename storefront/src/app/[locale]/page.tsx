import { listProvinces } from "@ocop/domain/admin-units";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { JsonLd } from "@/components/json-ld";
import { StoreUnavailable } from "@/components/store-unavailable";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { countByProvince, nationalProducts, newestProducts } from "@/lib/product-groups";
import { industriesOf, listProductSets } from "@/lib/product-sets";
import { absoluteUrl } from "@/lib/seo-urls";
import { loadFromStore } from "@/lib/store";
import { CampaignBanner } from "@/modules/home/campaign-banner";
import { IndustryLinks } from "@/modules/home/industry-links";
import { ProductShelf } from "@/modules/home/product-shelf";
import { ProvinceLinks } from "@/modules/home/province-links";

type PageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    alternates: localeAlternates("/", locale),
    openGraph: { type: "website", siteName: t("siteName"), title: t("title"), description: t("description"), url: absoluteUrl(getPathname({ href: "/", locale })) },
  };
}

export default async function HomePage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, store] = await Promise.all([
    getTranslations("Metadata"),
    loadFromStore("home", async (medusa) => {
      const [national, newest, counts, productSets] = await Promise.all([
        nationalProducts(),
        newestProducts(),
        countByProvince(),
        listProductSets(medusa),
      ]);
      return {
        national: national.products,
        newest: newest.products,
        industries: industriesOf(productSets),
        provinces: listProvinces().map(({ code, name }) => ({ code, name, count: counts.get(code) ?? 0 })),
        total: newest.total,
      };
    }),
  ]);

  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: "/", locale })} />;
  }
  const { national, newest, industries, provinces, total } = store.data;
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
      <CampaignBanner />
      <ProductShelf id="national" products={national} kind="national" total={total} aboveTheFold />
      <IndustryLinks industries={industries} />
      <ProvinceLinks provinces={provinces} />
      <ProductShelf id="newest" products={newest} kind="newest" total={total} />
    </>
  );
}
