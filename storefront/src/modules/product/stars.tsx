// Five stars filled to a rating (4.7 fills four and most of the fifth), read out as its label.
import styles from "./reviews.module.css";

export function Stars({ rating, label }: { rating: number; label: string }) {
  return (
    <span role="img" aria-label={label} className={styles.stars} style={{ "--rating": rating } as React.CSSProperties}>
      ★★★★★
    </span>
  );
}
