// The home page catalogue: every product, OCOP-certified ones first.
import type { Product } from "@/lib/types";
import { ProductGrid } from "./product-grid";
import styles from "./catalogue.module.css";

export function CatalogueSection({ products }: { products: readonly Product[] }) {
  return (
    <section aria-labelledby="catalogue-heading" className={styles.section}>
      <div className={styles.intro}>
        <h1 id="catalogue-heading" className={styles.heading}>
          Sản phẩm OCOP
        </h1>
        <p className={styles.lead}>
          Đặc sản được đánh giá, phân hạng 3–5 sao theo Chương trình Mỗi xã một sản phẩm, mua trực tiếp từ hợp tác
          xã, hộ sản xuất và doanh nghiệp địa phương.
        </p>
        <p className={styles.count}>{products.length} sản phẩm</p>
      </div>
      {products.length > 0 ? (
        <ProductGrid products={products} />
      ) : (
        <p className={styles.empty}>Chưa có sản phẩm nào được đăng bán. Mời bạn quay lại sau.</p>
      )}
    </section>
  );
}
