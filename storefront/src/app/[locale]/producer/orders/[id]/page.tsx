import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { retrievePortalOrder } from "@/lib/producer-portal";
import { PortalOrderPage } from "@/modules/producer-portal/portal-orders";
import { PortalUnavailable } from "@/modules/producer-portal/portal-unavailable";

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("metaOrders"), robots: { index: false } };
}

export default async function PortalOrderRoute({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const result = await retrievePortalOrder(id);
  if (!result.ok) {
    if (result.reason === "signed_out") redirect(getPathname({ href: "/producer", locale }));
    // Another producer's order, or none: the API says 404 and so does the portal.
    if (result.reason === "refused") notFound();
    return <PortalUnavailable reloadHref={getPathname({ href: { pathname: "/producer/orders/[id]", params: { id } }, locale })} />;
  }
  return <PortalOrderPage order={result.value.order} />;
}
