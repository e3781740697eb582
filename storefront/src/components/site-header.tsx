// The shop's header, compact and sticky: logo, search, cart with its count, and a menu for the rest
// of the navigation. On a phone it is one row; from 60rem the menu's links stand in the row itself.
import { useLocale, useTranslations } from "next-intl";
import { Suspense } from "react";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { CartLink } from "@/modules/cart/cart-link";
import { HeaderMenu } from "./header-menu";
import { LocaleSwitch } from "./locale-switch";
import { PRODUCT_HANDLE, SearchBox, type SearchBoxWords, SearchBoxFromUrl, type SearchPaths } from "./search-box";
import styles from "./site-header.module.css";

export function SiteHeader() {
  const t = useTranslations("Header");
  const tCart = useTranslations("HeaderCart");
  const tSearch = useTranslations("SearchBox");
  const locale = useLocale() as Locale;
  const searchWords: SearchBoxWords = {
    label: tSearch("label"),
    placeholder: tSearch("placeholder"),
    submit: tSearch("submit"),
    products: tSearch("products"),
    producers: tSearch("producers"),
    provinces: tSearch("provinces"),
  };
  const searchPaths: SearchPaths = {
    results: getPathname({ href: "/products", locale }),
    product: getPathname({ href: { pathname: "/products/[handle]", params: { handle: PRODUCT_HANDLE } }, locale }),
  };
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand} aria-label={t("homeLink")}>
          <span aria-hidden="true" className={styles.mark}>
            ★
          </span>
          <span className={styles.wordmark}>OCOP Market</span>
        </Link>
        {/* On static pages the box renders without the URL's query until it hydrates. */}
        <div className={styles.search}>
          <Suspense fallback={<SearchBox initialQuery="" paths={searchPaths} locale={locale} words={searchWords} />}>
            <SearchBoxFromUrl paths={searchPaths} locale={locale} words={searchWords} />
          </Suspense>
        </div>
        <nav aria-label={t("navLabel")} className={styles.wideNav}>
          <NavLinks />
        </nav>
        {/* Its count arrives after hydration: the header reads no cookie, so pages stay static. */}
        <CartLink href={getPathname({ href: "/cart", locale })} locale={locale} className={styles.cart}>
          <CartIcon />
          <span className={styles.cartLabel}>{tCart("cart")}</span>
        </CartLink>
        <div className={styles.wideLocales}>
          <Locales />
        </div>
        <HeaderMenu className={styles.menu}>
          <summary className={styles.menuButton}>
            <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
              <path d="M4 6h16M4 12h16M4 18h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            <span className="visually-hidden">{t("menu")}</span>
          </summary>
          <div className={styles.menuPanel}>
            <nav aria-label={t("navLabel")}>
              <NavLinks />
            </nav>
            <Locales />
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}

function NavLinks() {
  const t = useTranslations("Header");
  const tCart = useTranslations("HeaderCart");
  return (
    <ul className={styles.links}>
      <li>
        <Link href="/">{t("home")}</Link>
      </li>
      <li>
        <Link href="/products">{t("products")}</Link>
      </li>
      <li>
        <Link href="/provinces">{t("provinces")}</Link>
      </li>
      <li>
        <Link href="/account">{tCart("account")}</Link>
      </li>
    </ul>
  );
}

function Locales() {
  const t = useTranslations("Header");
  const locale = useLocale() as Locale;
  // Server-rendered with the query on dynamic pages; the fallback keeps the path on static ones.
  return (
    <Suspense fallback={<LocaleSwitch keepQuery={false} current={locale} label={t("languageLabel")} />}>
      <LocaleSwitch keepQuery current={locale} label={t("languageLabel")} />
    </Suspense>
  );
}

function CartIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" className={styles.cartIcon}>
      <path
        d="M3 4h2.2l2.1 10.2a1.5 1.5 0 0 0 1.5 1.2h8.4a1.5 1.5 0 0 0 1.5-1.1L20.5 8H6.2"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="9.5" cy="19.5" r="1.5" fill="currentColor" />
      <circle cx="17" cy="19.5" r="1.5" fill="currentColor" />
    </svg>
  );
}
