import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { LocaleSwitch } from "./locale-switch";
import { SearchBox, SearchBoxFromUrl } from "./search-box";
import styles from "./site-header.module.css";

export function SiteHeader() {
  const t = useTranslations("Header");
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <div className={styles.identity}>
          <Link href="/" className={styles.brand} aria-label={t("homeLink")}>
            <span aria-hidden="true" className={styles.mark}>
              ★
            </span>
            OCOP Market
          </Link>
          <p className={styles.tagline}>{t("tagline")}</p>
        </div>
        {/* Full width on a phone, between brand and nav on wide screens. On static pages the box renders
            without the URL's query until it hydrates. */}
        <div className={styles.search}>
          <Suspense fallback={<SearchBox initialQuery="" />}>
            <SearchBoxFromUrl />
          </Suspense>
        </div>
        <nav aria-label={t("navLabel")} className={styles.nav}>
          <ul className={styles.links}>
            <li>
              <Link href="/">{t("home")}</Link>
            </li>
            <li>
              <Link href="/products">{t("products")}</Link>
            </li>
          </ul>
          {/* Server-rendered with the query on dynamic pages; the fallback keeps the path on static ones. */}
          <Suspense fallback={<LocaleSwitch keepQuery={false} label={t("languageLabel")} />}>
            <LocaleSwitch keepQuery label={t("languageLabel")} />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
