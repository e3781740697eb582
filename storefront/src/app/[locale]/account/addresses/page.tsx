import { listProvinces } from "@ocop/domain/admin-units";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import styles from "@/modules/account/account.module.css";
import { AccountMessages } from "@/modules/account/account-messages";
import { AccountShell } from "@/modules/account/account-shell";
import { AccountUnavailable } from "@/modules/account/account-unavailable";
import { AddressBook } from "@/modules/account/address-book";
import { AddressForm } from "@/modules/account/address-form";
import { type AddressFormState, addressValues, communesOf } from "@/modules/account/address-rules";
import { requireCustomer } from "@/modules/account/require-customer";

type SearchParams = { edit?: string | string[]; done?: string | string[]; failure?: string | string[] };
type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> };

const DONE = { saved: "saved", deleted: "deleted", default: "madeDefault" } as const;
const FAILURES = ["unavailable", "not_found", "refused"] as const;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("metaAddresses"), robots: { index: false } };
}

export default async function AddressesPage({ params, searchParams }: PageProps) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const customer = await requireCustomer(locale, "/account/addresses");
  if (!customer) return <AccountUnavailable reloadHref={getPathname({ href: "/account/addresses", locale })} />;
  const t = await getTranslations("Account");

  const editing = customer.addresses.find((address) => address.id === query.edit);
  const done = typeof query.done === "string" && query.done in DONE ? DONE[query.done as keyof typeof DONE] : undefined;
  const failure = FAILURES.find((known) => known === query.failure);
  const provinces = listProvinces().map(({ code, name }) => ({ code, name }));
  const initial: AddressFormState = editing
    ? {
        values: addressValues(editing),
        errors: {},
        communes: communesOf(addressValues(editing).provinceCode),
        isDefault: editing.is_default_shipping,
      }
    : { values: {}, errors: {}, communes: [], isDefault: customer.addresses.length === 0 };

  return (
    <AccountShell current="/account/addresses">
      <h1 className={styles.heading}>{t("addresses.title")}</h1>
      <p className={styles.lead}>{t("addresses.intro")}</p>
      {done && (
        <p role="status" className={styles.notice}>
          {t(`addresses.${done}`)}
        </p>
      )}
      {failure && (
        <p role="alert" className={styles.alert}>
          {t(`failure.${failure}`)}
        </p>
      )}
      {customer.addresses.length > 0 ? <AddressBook addresses={customer.addresses} /> : <p>{t("addresses.empty")}</p>}
      <section className={styles.card} aria-labelledby="address-form-title">
        <h2 id="address-form-title" className={styles.subheading}>
          {editing ? t("addresses.editTitle") : t("addresses.addTitle")}
        </h2>
        <AccountMessages also={["Address"]}>
          <AddressForm
            key={editing?.id ?? "new"}
            locale={locale}
            provinces={provinces}
            initial={initial}
            addressId={editing?.id}
          />
        </AccountMessages>
      </section>
    </AccountShell>
  );
}
