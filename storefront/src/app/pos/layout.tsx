// The showroom counter's own root: Vietnamese only, full screen, none of the shop's header or
// footer, and rendered per request (the proxy gives each a fresh script nonce; nothing is cached).
import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { fontVariables } from "@/styles/fonts";
import "@/styles/globals.css";

export const metadata: Metadata = { title: "Quầy bán hàng OCOP", robots: { index: false, follow: false } };
export const viewport: Viewport = { themeColor: "#1f5135" };

export default async function CounterLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="vi" className={fontVariables}>
      <body>{children}</body>
    </html>
  );
}
