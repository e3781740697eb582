"use client";
import styles from "./report.module.css";

export function PrintButton() {
  return (
    <button type="button" className={styles.print} onClick={() => window.print()}>
      In báo cáo
    </button>
  );
}
