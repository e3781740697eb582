import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { listOrders, withSession } from "@/lib/customer";
import { AccountOverview } from "@/modules/account/account-overview";
import { AccountShell } from "@/modules/account/account-shell";
import { AccountUnavailable } from "@/modules/account/account-unavailable";
import { requireCustomer } from "@/modules/account/require-customer";

type PageProps = { params: Promise<{ locale: Locale }> };

const RECENT_ORDERS = 3;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("metaAccount"), robots: { index: false } };
}

export default async function AccountPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const customer = await requireCustomer(locale, "/account");
  const orders = customer ? await withSession("account", (medusa, token) => listOrders(medusa, token, 1, RECENT_ORDERS)) : null;
  if (!customer || orders?.status !== "ready") {
    return <AccountUnavailable reloadHref={getPathname({ href: "/account", locale })} />;
  }
  return (
    <AccountShell current="/account">
      <AccountOverview customer={customer} recentOrders={orders.data.orders} />
    </AccountShell>
  );
}
