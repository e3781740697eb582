// The web app manifest (/manifest.webmanifest): the shop added to a phone's home screen opens on its
// Vietnamese home page, in the brand's colours, with the icons scripts/make-icons.ts draws.
import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "OCOP Market – Sản phẩm OCOP chính hãng",
    short_name: "OCOP Market",
    description: "Mua sản phẩm OCOP 3–5 sao từ hợp tác xã, hộ sản xuất và doanh nghiệp khắp Việt Nam.",
    lang: "vi",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f7f5ef",
    theme_color: "#1f5135",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
