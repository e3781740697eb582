import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { listOrders, ORDERS_PER_PAGE, withSession } from "@/lib/customer";
import styles from "@/modules/account/account.module.css";
import { AccountShell } from "@/modules/account/account-shell";
import { AccountUnavailable } from "@/modules/account/account-unavailable";
import { OrderList } from "@/modules/account/order-list";
import { requireCustomer } from "@/modules/account/require-customer";
import { Pagination } from "@/modules/catalogue/pagination";

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ page?: string | string[] }> };

/** The page asked for in the URL; anything but a whole number from 1 is the first page. */
function pageNumber(value: string | string[] | undefined): number {
  const page = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, page);
}

const ordersHref = (page: number) => ({ pathname: "/account/orders" as const, query: page > 1 ? { page: String(page) } : {} });

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("metaOrders"), robots: { index: false } };
}

export default async function OrdersPage({ params, searchParams }: PageProps) {
  const [{ locale }, { page: pageParam }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const page = pageNumber(pageParam);
  const customer = await requireCustomer(locale, "/account/orders");
  const orders = customer ? await withSession("account orders", (medusa, token) => listOrders(medusa, token, page)) : null;
  if (orders?.status !== "ready") {
    return <AccountUnavailable reloadHref={getPathname({ href: ordersHref(page), locale })} />;
  }
  const { orders: list, count } = orders.data;
  const pageCount = Math.ceil(count / ORDERS_PER_PAGE);
  // Past the last page (an old link, orders since removed): the last page that has orders.
  if (list.length === 0 && page > 1) redirect(getPathname({ href: ordersHref(Math.max(1, pageCount)), locale }));
  const t = await getTranslations("Account");
  return (
    <AccountShell current="/account/orders">
      <h1 className={styles.heading}>{t("orders.title")}</h1>
      {list.length > 0 ? (
        <>
          <OrderList orders={list} />
          <Pagination current={page} pageCount={pageCount} href={ordersHref} />
        </>
      ) : (
        <p>
          {t("orders.empty")} <Link href="/products">{t("orders.shop")}</Link>
        </p>
      )}
    </AccountShell>
  );
}
