// The home page rendered per request: only until the store has first answered the proxy, so a
// buyer sees what the store says (starting, not configured, out of reach). From then on the proxy
// sends "/" and "/en" to the copy cached whole (app/[locale]/home/[edition]).
import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { StoreUnavailable } from "@/components/store-unavailable";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { HomeView } from "@/modules/home/home-view";
import { homeMetadata, loadHome } from "@/modules/home/load-home";

type PageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  return homeMetadata(locale);
}

export default async function HomePage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const store = await loadHome();
  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: "/", locale })} />;
  }
  return <HomeView locale={locale} {...store.data} />;
}
