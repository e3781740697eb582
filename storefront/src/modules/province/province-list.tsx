// All 34 provinces as pavilion links with their product counts: those with products first, most
// first; the empty ones folded away at the end, still there to open.
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { unitName } from "@/lib/localized";
import { provinceSlug } from "@/lib/provinces";
import styles from "./province.module.css";

export type ProvinceCount = { code: string; name: string; count: number };

export function ProvinceList({ provinces }: { provinces: readonly ProvinceCount[] }) {
  const t = useTranslations("Province");
  const stocked = provinces.filter((province) => province.count > 0).toSorted((a, b) => b.count - a.count);
  const empty = provinces.filter((province) => province.count === 0);
  const withProducts = stocked.length;
  return (
    <section aria-labelledby="provinces-heading" className={styles.page}>
      <h1 id="provinces-heading" className={styles.title}>
        {t("listTitle")}
      </h1>
      <p className={styles.lead}>{t("listLead", { total: provinces.length, withProducts })}</p>
      <ul className={styles.grid}>
        {stocked.map((province) => (
          <li key={province.code}>
            <ProvinceTile province={province} />
          </li>
        ))}
      </ul>
      {empty.length > 0 && (
        <details className={styles.emptyProvinces}>
          <summary>{t("withoutProducts", { count: empty.length })}</summary>
          <ul className={styles.grid}>
            {empty.map((province) => (
              <li key={province.code}>
                <ProvinceTile province={province} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export function ProvinceTile({ province }: { province: ProvinceCount }) {
  const t = useTranslations("Province");
  const locale = useLocale() as Locale;
  return (
    <Link
      href={{ pathname: "/provinces/[province]", params: { province: provinceSlug(province) } }}
      className={province.count > 0 ? styles.tile : `${styles.tile} ${styles.tileEmpty}`}
    >
      <span className={styles.tileName}>{unitName(province.name, locale)}</span>
      <span className={styles.tileCount}>{province.count > 0 ? t("count", { count: province.count }) : t("countNone")}</span>
    </Link>
  );
}
