// A province pavilion: the products and producers of one 2025 province, cached like the product page.
// Its URL names the province without diacritics ("/gian-hang-tinh/ninh-binh"); a province code
// ("/gian-hang-tinh/37") redirects there.
import { findProvince } from "@ocop/domain/admin-units";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { StoreUnavailable } from "@/components/store-unavailable";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { productsInProvince } from "@/lib/product-groups";
import { listProducers } from "@/lib/producers";
import { unitName } from "@/lib/localized";
import { findProvinceBySlug, provinceSlug } from "@/lib/provinces";
import { absoluteUrl } from "@/lib/seo-urls";
import { loadFromStore, StoreUnavailableError } from "@/lib/store";
import { getPavilion } from "@/lib/trade-promotion";
import { ProvinceCampaigns } from "@/modules/campaign/province-campaigns";
import { ProvincePavilion } from "@/modules/province/province-pavilion";

type PageProps = { params: Promise<{ locale: Locale; province: string }> };

export function generateStaticParams() {
  return [];
}

export const revalidate = 60;

const loadPavilion = cache((code: string) =>
  loadFromStore(
    "province",
    async (medusa) => {
      const [products, producers, curation] = await Promise.all([
        productsInProvince(code),
        listProducers(medusa, { provinceCode: code }),
        getPavilion(medusa, code),
      ]);
      return { products, producers: producers.producers, producerCount: producers.count, curation };
    },
    { cachedPage: true },
  ),
);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, province: slug } = await params;
  const province = findProvinceBySlug(slug);
  if (!province) return {};
  const t = await getTranslations({ locale, namespace: "Province" });
  const alternates = localeAlternates({ pathname: "/provinces/[province]", params: { province: slug } }, locale);
  const name = unitName(province.name, locale);
  const title = t("pavilionTitle", { province: name });
  const description = t("pavilionDescription", { province: name });
  return { title, description, alternates, openGraph: { title, description, url: absoluteUrl(String(alternates?.canonical)) } };
}

export default async function ProvincePage({ params }: PageProps) {
  const { locale, province: slug } = await params;
  setRequestLocale(locale);
  const province = findProvinceBySlug(slug);
  if (!province) {
    const byCode = findProvince(slug);
    if (byCode) {
      permanentRedirect(getPathname({ href: { pathname: "/provinces/[province]", params: { province: provinceSlug(byCode) } }, locale }));
    }
    notFound();
  }
  const store = await loadPavilion(province.code);
  if (store.status === "unavailable") throw new StoreUnavailableError("province");
  if (store.status !== "ready") {
    return (
      <StoreUnavailable
        reason={store.status}
        reloadHref={getPathname({ href: { pathname: "/provinces/[province]", params: { province: slug } }, locale })}
      />
    );
  }
  return (
    <>
      <ProvincePavilion province={{ code: province.code, name: province.name }} {...store.data} />
      <ProvinceCampaigns provinceCode={province.code} />
    </>
  );
}
