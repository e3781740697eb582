// The frame of the signed-in pages: the account's own navigation, sign-out, and the page itself.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import styles from "./account.module.css";
import { SignOutButton } from "./sign-out-button";

type Section = "/account" | "/account/orders" | "/account/addresses" | "/account/reviews";

export function AccountShell({ current, children }: { current: Section; children: ReactNode }) {
  const t = useTranslations("Account.nav");
  const locale = useLocale();
  const links: { href: Section; label: string }[] = [
    { href: "/account", label: t("overview") },
    { href: "/account/orders", label: t("orders") },
    { href: "/account/addresses", label: t("addresses") },
    { href: "/account/reviews", label: t("reviews") },
  ];
  return (
    <div className={`${styles.page} ${styles.layout}`}>
      <nav aria-label={t("label")} className={styles.nav}>
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} aria-current={link.href === current ? "page" : undefined}>
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            <SignOutButton locale={locale} label={t("signOut")} />
          </li>
        </ul>
      </nav>
      <div>{children}</div>
    </div>
  );
}
