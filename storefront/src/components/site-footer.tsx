import styles from "./site-footer.module.css";

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p className={styles.sample}>
          <strong>Dữ liệu mẫu:</strong> mô tả, giá, tồn kho, ảnh minh họa và số quyết định là dữ liệu mẫu; tên sản
          phẩm, chủ thể và hạng sao lấy từ các bài báo nguồn.
        </p>
        <p className={styles.about}>
          OCOP Market giới thiệu sản phẩm của Chương trình Mỗi xã một sản phẩm (OCOP). Chỉ sản phẩm có giấy
          chứng nhận OCOP còn hiệu lực mới mang dấu hạng sao.
        </p>
      </div>
    </footer>
  );
}
