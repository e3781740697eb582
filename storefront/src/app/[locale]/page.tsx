import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StoreUnavailable } from "@/components/store-unavailable";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { sortByOcopStanding } from "@/lib/ocop";
import { industriesOf, listProductSets } from "@/lib/product-sets";
import { listAllProducts } from "@/lib/products";
import { loadFromStore } from "@/lib/store";
import { CatalogueSection } from "@/modules/catalogue/catalogue-section";
import { CampaignBanner } from "@/modules/home/campaign-banner";
import { IndustryLinks } from "@/modules/home/industry-links";

type PageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: localeAlternates("/", locale) };
}

export default async function HomePage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, store] = await Promise.all([
    getTranslations("Metadata"),
    loadFromStore("home", async (sdk, region) => {
      const [products, productSets] = await Promise.all([listAllProducts(sdk, region.id), listProductSets(sdk)]);
      return { products: sortByOcopStanding(products), industries: industriesOf(productSets) };
    }),
  ]);

  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: "/", locale })} />;
  }
  return (
    <>
      <h1 className="visually-hidden">{t("title")}</h1>
      <CampaignBanner />
      <IndustryLinks industries={store.data.industries} />
      <CatalogueSection products={store.data.products} />
    </>
  );
}
