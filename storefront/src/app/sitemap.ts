// sitemap.xml: home, catalogue, every product, approved producer and province pavilion, each in both
// languages with hreflang alternates. Read per request from the store API's cached lists.
import type { MetadataRoute } from "next";
import { getPathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { listProducers } from "@/lib/producers";
import { listAllProducts } from "@/lib/products";
import { listProvinces, provinceSlug } from "@/lib/provinces";
import { type SitemapHref, sitemapEntries } from "@/lib/seo";
import { absoluteUrl } from "@/lib/seo-urls";
import { loadFromStore } from "@/lib/store";
import type { Producer } from "@/lib/types";

function localize(href: SitemapHref) {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) languages[locale] = absoluteUrl(getPathname({ href, locale }));
  languages["x-default"] = languages[routing.defaultLocale]!;
  return { languages };
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const store = await loadFromStore("sitemap", async (sdk, region) => {
    const producers: Producer[] = [];
    for (;;) {
      const page = await listProducers(sdk, { offset: producers.length });
      producers.push(...page.producers);
      if (page.producers.length === 0 || producers.length >= page.count) break;
    }
    return { products: await listAllProducts(sdk, region.id), producers };
  });
  // Without the store the sitemap still lists the pages that need no catalogue.
  const catalogue = store.status === "ready" ? store.data : { products: [], producers: [] };
  return sitemapEntries({
    localize,
    productHandles: catalogue.products.map((product) => product.handle),
    producerHandles: catalogue.producers.map((producer) => producer.handle),
    provinceSlugs: listProvinces().map(provinceSlug),
  });
}
