// GET /sitemaps/pages.xml, /sitemaps/products-<n>.xml, /sitemaps/producers-<n>.xml: one file of the
// sitemap; any other name, or a file past the end of the catalogue, is a 404.
import { parseSitemapFile, urlsetXml } from "@/lib/sitemap";
import { sitemapFileEntries } from "@/lib/sitemap-store";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFile((await params).file);
  const entries = file && (await sitemapFileEntries(file));
  if (!entries) {
    return new Response("No such sitemap file: see /sitemap.xml for the list.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(urlsetXml(entries), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
