import { useTranslations } from "next-intl";
import styles from "./site-footer.module.css";

export function SiteFooter() {
  const t = useTranslations("Footer");
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p className={styles.sample}>
          <strong>{t("sampleLabel")}</strong> {t("sample")}
        </p>
        <p className={styles.about}>{t("about")}</p>
      </div>
    </footer>
  );
}
