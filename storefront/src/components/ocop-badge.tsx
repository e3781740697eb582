// The OCOP mark on a product: stars only for a current certificate, never for an expired or
// unverified one (the programme forbids using the mark after expiry).
import { badgeStars } from "@ocop/domain/ocop";
import { useTranslations } from "next-intl";
import type { OcopStatus } from "@/lib/types";
import styles from "./ocop-badge.module.css";

/** Takes only the standing and star, so a search hit shows the same mark as a product. */
export function OcopBadge({ ocop }: { ocop: Pick<OcopStatus, "standing" | "star_rating"> | null }) {
  const t = useTranslations("Badge");
  const stars = badgeStars(ocop);
  if (stars !== null) {
    return (
      <span className={`${styles.badge} ${styles.certified}`}>
        <span aria-hidden="true" className={styles.stars}>
          {"★".repeat(stars)}
        </span>
        <span>{t("certified", { stars })}</span>
      </span>
    );
  }
  switch (ocop?.standing) {
    case "awaiting_evaluation":
      return <span className={`${styles.badge} ${styles.awaiting}`}>{t("awaiting")}</span>;
    case "expired":
      return <span className={styles.note}>{t("expired")}</span>;
    default:
      return null;
  }
}
