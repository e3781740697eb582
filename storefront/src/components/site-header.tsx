import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { CartLink } from "@/modules/cart/cart-link";
import { LocaleSwitch } from "./locale-switch";
import { SearchBox, SearchBoxFromUrl } from "./search-box";
import styles from "./site-header.module.css";

export function SiteHeader() {
  const t = useTranslations("Header");
  const tCart = useTranslations("HeaderCart");
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
            <li>
              <Link href="/account">{tCart("account")}</Link>
            </li>
            <li>
              {/* Its count arrives after hydration: the header reads no cookie, so pages stay static. */}
              <CartLink />
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
