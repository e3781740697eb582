// The OCOP mark on a product: stars only for a current certificate, never for an expired or
// unverified one (the programme forbids using the mark after expiry).
import { certifiedStars } from "@/lib/ocop";
import type { OcopStatus } from "@/lib/types";
import styles from "./ocop-badge.module.css";

export function OcopBadge({ ocop }: { ocop: OcopStatus | null }) {
  const stars = certifiedStars(ocop);
  if (stars !== null) {
    return (
      <span className={`${styles.badge} ${styles.certified}`}>
        <span aria-hidden="true" className={styles.stars}>
          {"★".repeat(stars)}
        </span>
        <span>{`OCOP ${stars} sao`}</span>
      </span>
    );
  }
  switch (ocop?.standing) {
    case "awaiting_evaluation":
      return <span className={`${styles.badge} ${styles.awaiting}`}>Chờ đánh giá</span>;
    case "expired":
      return <span className={styles.note}>Chứng nhận đã hết hạn</span>;
    default:
      return null;
  }
}
