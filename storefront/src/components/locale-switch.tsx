"use client";
// Links to the same page in each language, keeping its parameters and, when asked, its filters.
import { useParams, useSearchParams } from "next/navigation";
import { useLocale } from "next-intl";
import { getPathname, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import styles from "./site-header.module.css";

/** Each language is named in itself, so a buyer who cannot read the current page still finds theirs. */
type Href = Parameters<typeof getPathname>[0]["href"];

const LANGUAGE_NAMES = { vi: "Tiếng Việt", en: "English" } as const;

export function LocaleSwitch({ keepQuery, label }: { keepQuery: boolean; label: string }) {
  return keepQuery ? <SwitchWithQuery label={label} /> : <Switch label={label} query={undefined} />;
}

function SwitchWithQuery({ label }: { label: string }) {
  const searchParams = useSearchParams();
  const grouped = groupParams(searchParams);
  return <Switch label={label} query={grouped.size > 0 ? Object.fromEntries(grouped) : undefined} />;
}

function groupParams(searchParams: URLSearchParams): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of searchParams) grouped.set(key, [...(grouped.get(key) ?? []), value]);
  return grouped;
}

function Switch({ label, query }: { label: string; query: Record<string, string[]> | undefined }) {
  const current = useLocale();
  const pathname = usePathname();
  const params = useParams();
  return (
    <ul className={styles.locales} aria-label={label}>
      {routing.locales.map((locale) => (
        <li key={locale}>
          {/* A full page load: the whole page, <html lang> included, changes language. getPathname fills
              the template ("/products/[handle]") from the route's params and leaves "/" unprefixed for vi. */}
          <a
            href={getPathname({ href: { pathname, params, query } as Href, locale })}
            lang={locale}
            hrefLang={locale}
            aria-current={locale === current ? "true" : undefined}
            className={styles.locale}
          >
            {LANGUAGE_NAMES[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
}
