import { getTranslations } from "next-intl/server";
import styles from "./portal.module.css";

export async function PortalUnavailable({ reloadHref }: { reloadHref: string }) {
  const t = await getTranslations("ProducerPortal");
  return (
    <div className={styles.page}>
      <p className={styles.alert} role="alert">
        {t("unavailable")}
      </p>
      <p>
        <a href={reloadHref} className="button-secondary">
          {t("reload")}
        </a>
      </p>
    </div>
  );
}
