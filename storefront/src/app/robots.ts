// robots.txt: everything the buyer sees may be crawled; carts, checkout, accounts and the API may
// not (search results say noindex themselves). Read per request, so the sitemap's origin is the running server's.
import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getPathname } from "@/i18n/navigation";
import { type AppPathname, routing } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/seo-urls";

const PRIVATE: AppPathname[] = ["/cart", "/checkout", "/account"];

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  const disallow = ["/api/", ...routing.locales.flatMap((locale) => PRIVATE.map((href) => getPathname({ href, locale } as Parameters<typeof getPathname>[0])))];
  return {
    rules: [{ userAgent: "*", allow: ["/", "/api/og/"], disallow }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
