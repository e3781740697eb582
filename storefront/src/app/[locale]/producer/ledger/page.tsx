import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { retrievePortalLedger } from "@/lib/producer-portal";
import { PortalLedgerView } from "@/modules/producer-portal/portal-ledger";
import { PortalUnavailable } from "@/modules/producer-portal/portal-unavailable";

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ from?: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("metaLedger"), robots: { index: false } };
}

export default async function PortalLedgerPage({ params, searchParams }: PageProps) {
  const [{ locale }, { from }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const offset = /^\d{1,6}$/.test(from ?? "") ? Number(from) : 0;
  const result = await retrievePortalLedger(offset);
  if (!result.ok) {
    if (result.reason === "signed_out") redirect(getPathname({ href: "/producer", locale }));
    if (result.reason === "refused" && offset > 0) redirect(getPathname({ href: "/producer/ledger", locale }));
    if (result.reason === "refused") redirect(getPathname({ href: "/producer", locale }));
    return <PortalUnavailable reloadHref={getPathname({ href: "/producer/ledger", locale })} />;
  }
  return <PortalLedgerView ledger={result.value} />;
}
