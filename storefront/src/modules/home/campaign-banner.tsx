// The home page's trade-promotion banner (xúc tiến thương mại) while no campaign of the operator's
// runs (modules/campaign/campaign-banners.tsx shows those): the national 5★ selection.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import styles from "./home.module.css";

export function CampaignBanner() {
  const t = useTranslations("Home");
  return (
    <section aria-labelledby="campaign-heading" className={styles.banner}>
      <p className={styles.eyebrow}>{t("campaignEyebrow")}</p>
      <h2 id="campaign-heading" className={styles.bannerTitle}>
        <span aria-hidden="true" className={styles.bannerStars}>
          ★★★★★
        </span>{" "}
        {t("campaignTitle")}
      </h2>
      <p className={styles.bannerBody}>{t("campaignBody")}</p>
      <Link href={{ pathname: "/products", query: { stars: "5" } }} className={`button ${styles.bannerAction}`}>
        {t("campaignAction")}
      </Link>
    </section>
  );
}
