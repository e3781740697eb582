import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { listPortalOrders } from "@/lib/producer-portal";
import { PortalOrderList } from "@/modules/producer-portal/portal-orders";
import { PortalUnavailable } from "@/modules/producer-portal/portal-unavailable";

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ from?: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("metaOrders"), robots: { index: false } };
}

export default async function PortalOrdersPage({ params, searchParams }: PageProps) {
  const [{ locale }, { from }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const offset = /^\d{1,6}$/.test(from ?? "") ? Number(from) : 0;
  const result = await listPortalOrders(offset);
  if (!result.ok) {
    if (result.reason === "signed_out") redirect(getPathname({ href: "/producer", locale }));
    // A pending, rejected or suspended producer's refusal, or a page past the end: the first page.
    if (result.reason === "refused" && offset > 0) redirect(getPathname({ href: "/producer/orders", locale }));
    if (result.reason === "refused") redirect(getPathname({ href: "/producer", locale }));
    return <PortalUnavailable reloadHref={getPathname({ href: "/producer/orders", locale })} />;
  }
  const { orders, count, limit } = result.value;
  return <PortalOrderList orders={orders} count={count} offset={offset} limit={limit} />;
}
