// The province pavilions (gian hàng tỉnh): all 34 provinces of 2025 with how many products each has.
import { listProvinces } from "@ocop/domain/admin-units";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StoreUnavailable } from "@/components/store-unavailable";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { countByProvince } from "@/lib/product-groups";
import { loadFromStore } from "@/lib/store";
import { ProvinceList } from "@/modules/province/province-list";

type PageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Province" });
  return { title: t("listTitle"), description: t("listDescription"), alternates: localeAlternates("/provinces", locale) };
}

export default async function ProvincesPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const store = await loadFromStore("provinces", () => countByProvince());
  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: "/provinces", locale })} />;
  }
  const counts = store.data;
  return <ProvinceList provinces={listProvinces().map(({ code, name }) => ({ code, name, count: counts.get(code) ?? 0 }))} />;
}
