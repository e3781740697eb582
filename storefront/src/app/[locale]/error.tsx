"use client";

import { StoreNotice } from "@/components/store-notice";

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <StoreNotice
      title="Đã có lỗi xảy ra"
      action={
        <button type="button" className="button" onClick={() => retry()}>
          Thử lại
        </button>
      }
    >
      <p>Trang này chưa hiển thị được. Xin bạn vui lòng thử lại sau ít phút.</p>
    </StoreNotice>
  );
}
