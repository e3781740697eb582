// What the home page shows, read once per render, both for the home rendered per request while the
// store has not answered yet (app/[locale]/page.tsx) and for the one cached whole (app/[locale]/home).
import { listProvinces } from "@ocop/domain/admin-units";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { listLiveCampaigns } from "@/lib/campaigns";
import { countByProvince, nationalProducts, newestProducts } from "@/lib/product-groups";
import { industriesOf, listProductSets } from "@/lib/product-sets";
import { absoluteUrl } from "@/lib/seo-urls";
import { loadFromStore } from "@/lib/store";

export function loadHome(options: { cachedPage?: boolean } = {}) {
  return loadFromStore(
    "home",
    async (medusa) => {
      const [national, newest, counts, productSets, campaigns] = await Promise.all([
        nationalProducts(),
        newestProducts(),
        countByProvince(),
        listProductSets(medusa),
        listLiveCampaigns(medusa),
      ]);
      return {
        campaigns,
        national: national.products,
        newest: newest.products,
        industries: industriesOf(productSets),
        provinces: listProvinces().map(({ code, name }) => ({ code, name, count: counts.get(code) ?? 0 })),
        total: newest.total,
      };
    },
    options,
  );
}

export type HomeData = Extract<Awaited<ReturnType<typeof loadHome>>, { status: "ready" }>["data"];

export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    alternates: localeAlternates("/", locale),
    openGraph: { type: "website", siteName: t("siteName"), title: t("title"), description: t("description"), url: absoluteUrl(getPathname({ href: "/", locale })) },
  };
}
