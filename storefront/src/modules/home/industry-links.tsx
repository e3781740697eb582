// Shop by industry: the six OCOP industries, each opening the catalogue filtered to it.
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { ocopName } from "@/lib/localized";
import type { Industry } from "@/lib/types";
import styles from "./home.module.css";

export function IndustryLinks({ industries }: { industries: readonly Industry[] }) {
  const t = useTranslations("Home");
  const locale = useLocale() as Locale;
  if (industries.length === 0) return null;
  return (
    <section aria-labelledby="industries-heading" className={styles.industries}>
      <h2 id="industries-heading" className={styles.sectionTitle}>
        {t("industriesTitle")}
      </h2>
      <ul className={styles.industryList}>
        {industries.map((industry) => (
          <li key={industry.code}>
            <Link
              href={{ pathname: "/products", query: { industry: industry.handle } }}
              className={styles.industryLink}
            >
              {ocopName(industry, locale)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
