import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import "@/styles/globals.css";

export const metadata: Metadata = {
  title: {
    default: "OCOP Market — Sản phẩm OCOP chính hãng từ mọi miền",
    template: "%s | OCOP Market",
  },
  description:
    "Mua đặc sản OCOP 3–5 sao từ hợp tác xã, hộ sản xuất và doanh nghiệp khắp Việt Nam, kèm thông tin chứng nhận và nguồn gốc.",
};

export const viewport: Viewport = {
  themeColor: "#1f5135",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <SiteHeader />
        <main>{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}
