"use client";
// Links to the same page in each language, keeping its parameters and, when asked, its filters.
import { usePathname, useSearchParams } from "next/navigation";
import { pathInLocale } from "@/i18n/known-paths";
import { type Locale, routing } from "@/i18n/routing";
import styles from "./site-header.module.css";

/** Each language is named in itself, so a buyer who cannot read the current page still finds theirs. */
const LANGUAGE_NAMES = { vi: "Tiếng Việt", en: "English" } as const;

type SwitchProps = { current: Locale; label: string };

export function LocaleSwitch({ keepQuery, ...props }: SwitchProps & { keepQuery: boolean }) {
  return keepQuery ? <SwitchWithQuery {...props} /> : <Switch {...props} query="" />;
}

function SwitchWithQuery(props: SwitchProps) {
  const query = useSearchParams().toString();
  return <Switch {...props} query={query} />;
}

function Switch({ current, label, query }: SwitchProps & { query: string }) {
  const pathname = usePathname();
  return (
    <ul className={styles.locales} aria-label={label}>
      {routing.locales.map((locale) => {
        // The path as the browser shows it (a cached catalogue view keeps "/san-pham"); a path that
        // names no page (the not-found page) leads to the other language's home.
        const path = pathInLocale(pathname, locale) ?? (locale === routing.defaultLocale ? "/" : `/${locale}`);
        return (
          <li key={locale}>
            {/* A full page load: the whole page, <html lang> included, changes language. */}
            <a
              href={query ? `${path}?${query}` : path}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              className={styles.locale}
            >
              {LANGUAGE_NAMES[locale]}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
