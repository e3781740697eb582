// Shop by province: the pavilions that have products, most first, and the way to all 34.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { type ProvinceCount, ProvinceTile } from "@/modules/province/province-list";
import provinceStyles from "@/modules/province/province.module.css";
import styles from "./home.module.css";

export function ProvinceLinks({ provinces }: { provinces: readonly ProvinceCount[] }) {
  const t = useTranslations("Home");
  const stocked = provinces.filter((province) => province.count > 0).toSorted((a, b) => b.count - a.count);
  return (
    <section aria-labelledby="provinces-heading" className={styles.industries}>
      <div className={styles.shelfHead}>
        <h2 id="provinces-heading" className={styles.sectionTitle}>
          {t("provincesTitle")}
        </h2>
        <Link href="/provinces" className={styles.shelfLink}>
          {t("provincesAll", { count: provinces.length })}
        </Link>
      </div>
      <ul className={provinceStyles.grid}>
        {stocked.map((province) => (
          <li key={province.code}>
            <ProvinceTile province={province} />
          </li>
        ))}
      </ul>
      <p>
        <Link href="/fairs" className={styles.shelfLink}>
          {t("fairsLink")}
        </Link>
      </p>
    </section>
  );
}
