// What the sitemap reads from the store: how many products and producers there are, and the
// handles one file lists. Without the store it still lists the pages that need no catalogue.
import { listProvinces } from "@ocop/domain/admin-units";
import { getPathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { readHandles } from "./handle-pages";
import { listProducers } from "./producers";
import { listProductHandles } from "./products";
import { provinceSlug } from "./provinces";
import { absoluteUrl } from "./seo-urls";
import { SITEMAP_PAGES_PER_FILE, type SitemapFile, type SitemapHref, sitemapEntries, sitemapFiles, sitemapPages } from "./sitemap";
import { loadFromStore } from "./store";

function localize(href: SitemapHref) {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) languages[locale] = absoluteUrl(getPathname({ href, locale }));
  languages["x-default"] = languages[routing.defaultLocale]!;
  return { languages };
}

/** The absolute URLs of the sitemap's files. */
export async function sitemapFileUrls(): Promise<string[]> {
  const store = await loadFromStore("sitemap", async (medusa) => {
    const [products, producers] = await Promise.all([listProductHandles(medusa, { offset: 0, limit: 1 }), listProducers(medusa, { limit: 1 })]);
    return { products: products.count, producers: producers.count };
  });
  const counts = store.status === "ready" ? store.data : { products: 0, producers: 0 };
  return sitemapFiles(counts).map((name) => absoluteUrl(`/sitemaps/${name}`));
}

/** One file's entries; null when the file lies past the end of the catalogue. */
export async function sitemapFileEntries(file: SitemapFile) {
  const provinceSlugs = listProvinces().map(provinceSlug);
  // The pages' file needs no catalogue.
  if (file.kind === "pages") return sitemapEntries(localize, sitemapPages(file, [], provinceSlugs));
  const range = { offset: file.index * SITEMAP_PAGES_PER_FILE, limit: SITEMAP_PAGES_PER_FILE };
  const store = await loadFromStore("sitemap", (medusa) =>
    file.kind === "products"
      ? listProductHandles(medusa, range)
      : readHandles(async (offset, limit) => {
          const { producers, count } = await listProducers(medusa, { offset, limit });
          return { handles: producers.map((producer) => producer.handle), count };
        }, range),
  );
  if (store.status !== "ready" || (store.data.handles.length === 0 && file.index > 0)) return null;
  return sitemapEntries(localize, sitemapPages(file, store.data.handles, provinceSlugs));
}
