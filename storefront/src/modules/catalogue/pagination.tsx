import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { type CatalogueQuery, catalogueSearchParams } from "@/lib/catalogue-query";
import styles from "./catalogue-page.module.css";

/** Previous, numbered and next links; each keeps the filters and sort. */
export function Pagination({ query, pageCount }: { query: CatalogueQuery; pageCount: number }) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  const href = (page: number) => ({ pathname: "/products" as const, query: catalogueSearchParams({ ...query, page }) });
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1);

  return (
    <nav aria-label={t("label")} className={styles.pagination}>
      {query.page > 1 && query.page <= pageCount && (
        <Link href={href(query.page - 1)} rel="prev" className={styles.pageLink}>
          ← {t("previous")}
        </Link>
      )}
      <ul className={styles.pages}>
        {pages.map((page) => (
          <li key={page}>
            <Link
              href={href(page)}
              aria-label={t("page", { page })}
              aria-current={page === query.page ? "page" : undefined}
              className={styles.pageLink}
            >
              {page}
            </Link>
          </li>
        ))}
      </ul>
      {query.page < pageCount && (
        <Link href={href(query.page + 1)} rel="next" className={styles.pageLink}>
          {t("next")} →
        </Link>
      )}
    </nav>
  );
}
