import Link from "next/link";
import { StoreNotice } from "@/components/store-notice";

export default function NotFound() {
  return (
    <StoreNotice
      title="Không tìm thấy trang"
      action={
        <Link href="/" className="button">
          Về trang chủ
        </Link>
      }
    >
      <p>Trang bạn tìm không tồn tại hoặc đã được chuyển đi.</p>
    </StoreNotice>
  );
}
