// The saved addresses: each with its default mark and its actions (edit, delete, make default),
// all plain forms and links, so the book works without JavaScript.
import { formatAddress, printableAddress } from "@ocop/domain/address-format";
import { formatPhone } from "@ocop/domain/phone";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { type CustomerAddress, fullName } from "@/lib/customer";
import { makeDefaultAddress, removeAddress } from "./actions";
import styles from "./account.module.css";

export function AddressBook({ addresses }: { addresses: CustomerAddress[] }) {
  const t = useTranslations("Account.addresses");
  const locale = useLocale();
  // The default first, then in the order they were added.
  const sorted = addresses.toSorted((a, b) => Number(b.is_default_shipping) - Number(a.is_default_shipping));
  return (
    <ul className={styles.list} aria-label={t("title")}>
      {sorted.map((address) => {
        const line = formatAddress(printableAddress(address), locale === "en" ? "en" : "vi");
        return (
          <li key={address.id} className={styles.card}>
            <p className={styles.orderHead}>
              <strong>{fullName(address)}</strong>
              {address.is_default_shipping && <span className={`${styles.badge} ${styles.badgeDefault}`}>{t("default")}</span>}
            </p>
            <address className={styles.address}>
              {address.address_name && (
                <>
                  {address.address_name}
                  <br />
                </>
              )}
              {address.phone && (
                <>
                  {formatPhone(address.phone)}
                  <br />
                </>
              )}
              {line}
            </address>
            <div className={styles.actions}>
              <Link
                href={{ pathname: "/account/addresses", query: { edit: address.id } }}
                className="button-secondary"
                aria-label={t("editLabel", { address: line })}
              >
                {t("edit")}
              </Link>
              {!address.is_default_shipping && (
                <form action={makeDefaultAddress}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="id" value={address.id} />
                  <button type="submit" className="button-secondary" aria-label={t("setDefaultLabel", { address: line })}>
                    {t("setDefault")}
                  </button>
                </form>
              )}
              <form action={removeAddress}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="id" value={address.id} />
                <button type="submit" className={styles.linkButton} aria-label={t("deleteLabel", { address: line })}>
                  {t("delete")}
                </button>
              </form>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
