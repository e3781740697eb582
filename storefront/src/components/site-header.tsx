import styles from "./site-header.module.css";

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <a href="/" className={styles.brand}>
          <span aria-hidden="true" className={styles.mark}>
            ★
          </span>
          OCOP Market
        </a>
        <p className={styles.tagline}>Sản phẩm OCOP chính hãng từ mọi miền</p>
      </div>
    </header>
  );
}
