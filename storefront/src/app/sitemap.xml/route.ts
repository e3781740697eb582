// GET /sitemap.xml: the index of the sitemap's files (lib/sitemap.ts), read per request.
import { sitemapIndexXml } from "@/lib/sitemap";
import { sitemapFileUrls } from "@/lib/sitemap-store";

export async function GET() {
  return new Response(sitemapIndexXml(await sitemapFileUrls()), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
