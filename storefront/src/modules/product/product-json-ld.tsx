// The product page's structured data: Product with its offers in VND (and its buyers' rating once
// there are approved reviews), and the breadcrumb trail.
import { useLocale, useTranslations } from "next-intl";
import { JsonLd } from "@/components/json-ld";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { ocopName, productDescription, productTitle } from "@/lib/localized";
import { breadcrumbLd, productLd } from "@/lib/seo";
import { absoluteUrl } from "@/lib/seo-urls";
import type { ProductFeedback } from "@/lib/reviews";
import type { Product } from "@/lib/types";

/** The largest WebP of each photo: every crawler reads WebP. */
function imageUrls(product: Product): string[] {
  return (product.images ?? [])
    .toSorted((a, b) => a.rank - b.rank)
    .map((image) => {
      const webp = image.metadata?.photo?.renditions.filter((rendition) => rendition.format === "webp") ?? [];
      return webp.toSorted((a, b) => b.width - a.width)[0]?.url ?? image.url;
    });
}

export function ProductJsonLd({ product, feedback }: { product: Product; feedback: ProductFeedback }) {
  const locale = useLocale() as Locale;
  const tHeader = useTranslations("Header");
  const name = productTitle(product, locale);
  const url = absoluteUrl(getPathname({ href: { pathname: "/products/[handle]", params: { handle: product.handle } }, locale }));
  const producerUrl = product.producer
    ? absoluteUrl(getPathname({ href: { pathname: "/producers/[handle]", params: { handle: product.producer.handle } }, locale }))
    : null;
  return (
    <JsonLd
      data={[
        productLd({
          product,
          name,
          description: productDescription(product, locale),
          url,
          producerUrl,
          imageUrls: imageUrls(product),
          category: product.ocop?.product_set ? ocopName(product.ocop.product_set, locale) : null,
          rating: { average: feedback.review_average, count: feedback.review_count },
        }),
        breadcrumbLd([
          { name: tHeader("home"), url: absoluteUrl(getPathname({ href: "/", locale })) },
          { name: tHeader("products"), url: absoluteUrl(getPathname({ href: "/products", locale })) },
          { name, url },
        ]),
      ]}
    />
  );
}
