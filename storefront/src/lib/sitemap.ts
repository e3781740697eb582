// The sitemap, in files a crawler accepts at any catalogue size: /sitemap.xml is an index of
// /sitemaps/pages.xml (home, catalogue, the 34 pavilions), products-<n>.xml and producers-<n>.xml,
// each of at most SITEMAP_PAGES_PER_FILE pages in every language (a file may hold 50,000 URLs).
// Every page is listed once per language with all its languages as hreflang alternates, so a
// crawler finds the English page from the Vietnamese one and back.

/** Pages per file; with two languages, 20,000 URLs. */
export const SITEMAP_PAGES_PER_FILE = 10_000;

/** A page's absolute URL per language (and "x-default"). */
export type LocalizedUrls = { languages: Record<string, string> };

export type SitemapHref =
  | "/"
  | "/products"
  | "/provinces"
  | { pathname: "/products/[handle]"; params: { handle: string } }
  | { pathname: "/producers/[handle]"; params: { handle: string } }
  | { pathname: "/provinces/[province]"; params: { province: string } };

export type SitemapEntry = {
  url: string;
  changeFrequency: "daily" | "weekly";
  priority: number;
  alternates: LocalizedUrls;
};

export type SitemapFile = { kind: "pages" } | { kind: "products" | "producers"; index: number };

/** The files of the index, for this many products and producers. */
export function sitemapFiles(counts: { products: number; producers: number }): string[] {
  const shards = (kind: "products" | "producers", count: number) =>
    Array.from({ length: Math.ceil(count / SITEMAP_PAGES_PER_FILE) }, (_, index) => `${kind}-${index}.xml`);
  return ["pages.xml", ...shards("products", counts.products), ...shards("producers", counts.producers)];
}

/** "products-2.xml" → the third file of products; null for any other name. */
export function parseSitemapFile(name: string): SitemapFile | null {
  if (name === "pages.xml") return { kind: "pages" };
  const match = /^(products|producers)-(0|[1-9]\d{0,5})\.xml$/.exec(name);
  return match ? { kind: match[1] as "products" | "producers", index: Number(match[2]) } : null;
}

/** Each page once per language, with every language as its alternates. */
export function sitemapEntries(
  localize: (href: SitemapHref) => LocalizedUrls,
  pages: readonly { href: SitemapHref; changeFrequency: SitemapEntry["changeFrequency"]; priority: number }[],
): SitemapEntry[] {
  return pages.flatMap(({ href, changeFrequency, priority }) => {
    const alternates = localize(href);
    return Object.entries(alternates.languages)
      .filter(([language]) => language !== "x-default")
      .map(([, url]) => ({ url, changeFrequency, priority, alternates }));
  });
}

/** The pages a file lists. */
export function sitemapPages(
  file: SitemapFile,
  handles: readonly string[],
  provinceSlugs: readonly string[],
): { href: SitemapHref; changeFrequency: SitemapEntry["changeFrequency"]; priority: number }[] {
  switch (file.kind) {
    case "pages":
      return [
        { href: "/", changeFrequency: "daily", priority: 1 },
        { href: "/products", changeFrequency: "daily", priority: 0.8 },
        { href: "/provinces", changeFrequency: "weekly", priority: 0.6 },
        ...provinceSlugs.map((province) => ({
          href: { pathname: "/provinces/[province]", params: { province } } as const,
          changeFrequency: "weekly" as const,
          priority: 0.6,
        })),
      ];
    case "products":
      return handles.map((handle) => ({ href: { pathname: "/products/[handle]", params: { handle } }, changeFrequency: "weekly", priority: 0.9 }));
    case "producers":
      return handles.map((handle) => ({ href: { pathname: "/producers/[handle]", params: { handle } }, changeFrequency: "weekly", priority: 0.7 }));
  }
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char]!);

export function urlsetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const links = Object.entries(entry.alternates.languages).map(
      ([language, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(href)}"/>`,
    );
    return `<url><loc>${escapeXml(entry.url)}</loc>${links.join("")}<changefreq>${entry.changeFrequency}</changefreq><priority>${entry.priority}</priority></url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
  ].join("\n");
}

export function sitemapIndexXml(fileUrls: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...fileUrls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`),
    "</sitemapindex>",
  ].join("\n");
}
