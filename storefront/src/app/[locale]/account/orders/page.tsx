import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { listOrders, withSession } from "@/lib/customer";
import styles from "@/modules/account/account.module.css";
import { AccountShell } from "@/modules/account/account-shell";
import { AccountUnavailable } from "@/modules/account/account-unavailable";
import { OrderList } from "@/modules/account/order-list";
import { requireCustomer } from "@/modules/account/require-customer";

type PageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("metaOrders"), robots: { index: false } };
}

export default async function OrdersPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const customer = await requireCustomer(locale, "/account/orders");
  const orders = customer ? await withSession("account orders", listOrders) : null;
  if (orders?.status !== "ready") {
    return <AccountUnavailable reloadHref={getPathname({ href: "/account/orders", locale })} />;
  }
  const t = await getTranslations("Account");
  return (
    <AccountShell current="/account/orders">
      <h1 className={styles.heading}>{t("orders.title")}</h1>
      {orders.data.length > 0 ? (
        <OrderList orders={orders.data} />
      ) : (
        <p>
          {t("orders.empty")} <Link href="/products">{t("orders.shop")}</Link>
        </p>
      )}
    </AccountShell>
  );
}
