import { StoreNotice } from "@/components/store-notice";
import { loadCatalogue } from "@/lib/catalogue";
import { CatalogueSection } from "@/modules/catalogue/catalogue-section";

export default async function HomePage() {
  const catalogue = await loadCatalogue();

  switch (catalogue.status) {
    case "ready":
      return <CatalogueSection products={catalogue.products} />;
    case "not_configured":
      return (
        <StoreNotice title="Cửa hàng chưa được cấu hình">
          <p>Cửa hàng chưa có khóa kết nối tới hệ thống bán hàng nên chưa thể hiển thị sản phẩm.</p>
          <p>Quản trị viên cần đặt biến môi trường NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY.</p>
        </StoreNotice>
      );
    case "unavailable":
      return (
        <StoreNotice
          title="Chưa tải được danh mục sản phẩm"
          action={
            <a href="/" className="button">
              Tải lại trang
            </a>
          }
        >
          <p>Hệ thống bán hàng đang tạm thời gián đoạn. Xin bạn vui lòng thử lại sau ít phút.</p>
        </StoreNotice>
      );
  }
}
