// The account's first page: who is signed in, the latest orders, the default delivery address.
import { formatAddress, printableAddress } from "@ocop/domain/address-format";
import { formatPhone } from "@ocop/domain/phone";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { type Customer, fullName, type OrderSummary } from "@/lib/customer";
import styles from "./account.module.css";
import { OrderList } from "./order-list";

export function AccountOverview({ customer, recentOrders }: { customer: Customer; recentOrders: OrderSummary[] }) {
  const t = useTranslations("Account");
  const locale = useLocale() as Locale;
  const name = fullName(customer);
  const defaultAddress = customer.addresses.find((address) => address.is_default_shipping);
  return (
    <>
      <h1 className={styles.heading}>{t("overview.title")}</h1>
      <p className={styles.lead}>{t("overview.greeting", { name: customer.first_name || name || customer.email })}</p>

      <section className={styles.section} aria-labelledby="account-details">
        <h2 id="account-details" className={styles.subheading}>
          {t("overview.details")}
        </h2>
        <dl className={`${styles.card} ${styles.details}`}>
          <dt>{t("fields.fullName")}</dt>
          <dd>{name || "—"}</dd>
          <dt>{t("fields.email")}</dt>
          <dd>{customer.email}</dd>
          <dt>{t("fields.phone")}</dt>
          <dd>{customer.phone || "—"}</dd>
        </dl>
      </section>

      <section className={styles.section} aria-labelledby="account-orders">
        <h2 id="account-orders" className={styles.subheading}>
          {t("overview.recentOrders")}
        </h2>
        {recentOrders.length > 0 ? (
          <>
            <OrderList orders={recentOrders} />
            <Link href="/account/orders">{t("overview.allOrders")}</Link>
          </>
        ) : (
          <p>
            {t("orders.empty")} <Link href="/products">{t("orders.shop")}</Link>
          </p>
        )}
      </section>

      <section className={styles.section} aria-labelledby="account-address">
        <h2 id="account-address" className={styles.subheading}>
          {t("overview.defaultAddress")}
        </h2>
        {defaultAddress ? (
          <address className={styles.address}>
            {fullName(defaultAddress)}
            {defaultAddress.phone && ` · ${formatPhone(defaultAddress.phone)}`}
            <br />
            {formatAddress(printableAddress(defaultAddress), locale)}
          </address>
        ) : (
          <p>{t("overview.noDefaultAddress")}</p>
        )}
        <Link href="/account/addresses">{t("overview.manageAddresses")}</Link>
      </section>
    </>
  );
}
