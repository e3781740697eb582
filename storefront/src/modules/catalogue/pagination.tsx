import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Link } from "@/i18n/navigation";
import styles from "./catalogue-page.module.css";

type Href = ComponentProps<typeof Link>["href"];

/** Previous, numbered and next links; `href` builds each page's URL, keeping the filters and sort. */
export function Pagination({ current, pageCount, href }: { current: number; pageCount: number; href: (page: number) => Href }) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1);

  return (
    <nav aria-label={t("label")} className={styles.pagination}>
      {current > 1 && current <= pageCount && (
        <Link href={href(current - 1)} rel="prev" className={styles.pageLink}>
          ← {t("previous")}
        </Link>
      )}
      <ul className={styles.pages}>
        {pages.map((page) => (
          <li key={page}>
            <Link
              href={href(page)}
              aria-label={t("page", { page })}
              aria-current={page === current ? "page" : undefined}
              className={styles.pageLink}
            >
              {page}
            </Link>
          </li>
        ))}
      </ul>
      {current < pageCount && (
        <Link href={href(current + 1)} rel="next" className={styles.pageLink}>
          {t("next")} →
        </Link>
      )}
    </nav>
  );
}
