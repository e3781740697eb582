// The product page, cached whole (ISR): rendered on its first request, then served from the cache
// until the backend revalidates the product's tag or the fallback minute passes (REVALIDATE_SECONDS, @ocop/domain/cache-tags).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { StoreUnavailable } from "@/components/store-unavailable";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { productDescription, productSubtitle, productTitle } from "@/lib/localized";
import { moreFromProducer, moreFromProvince } from "@/lib/product-groups";
import { campaignOf, listLiveCampaigns } from "@/lib/campaigns";
import { getProductByHandle } from "@/lib/products";
import { getProductReviews } from "@/lib/reviews";
import { getProductVideoLinks } from "@/lib/trade-promotion";
import { absoluteUrl, productOgImageUrl, summarize } from "@/lib/seo-urls";
import { loadFromStore, StoreUnavailableError } from "@/lib/store";
import { ProductDetails } from "@/modules/product/product-details";
import { ProductJsonLd } from "@/modules/product/product-json-ld";

type PageProps = { params: Promise<{ locale: Locale; handle: string }> };

/** Nothing is rendered at build time (the backend need not be up): each product on its first request. */
export function generateStaticParams() {
  return [];
}

/** The fallback when no tag is revalidated; matches REVALIDATE_SECONDS of the store reads. */
export const revalidate = 60;

/** Metadata and page read the product once per render. */
const loadProduct = cache((handle: string) =>
  loadFromStore(
    "product",
    async (medusa, region) => {
      const product = await getProductByHandle(medusa, handle, region.id);
      if (!product) return null;
      const producer = product.producer;
      const province = producer?.province;
      const [reviews, fromProducer, fromProvince, videos, campaigns] = await Promise.all([
        getProductReviews(medusa, product),
        producer ? moreFromProducer({ id: product.id, producerHandle: producer.handle }) : [],
        producer && province ? moreFromProvince({ producerHandle: producer.handle, provinceCode: province.code }) : [],
        getProductVideoLinks(medusa, product),
        listLiveCampaigns(medusa),
      ]);
      return { product, reviews, moreFromProducer: fromProducer, moreFromProvince: fromProvince, videos, campaign: campaignOf(campaigns, product.id) };
    },
    { cachedPage: true },
  ),
);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, handle } = await params;
  const store = await loadProduct(handle);
  if (store.status !== "ready" || !store.data) return {};
  const { product } = store.data;
  const title = productTitle(product, locale);
  const description = summarize(productSubtitle(product, locale) ?? productDescription(product, locale) ?? title);
  const alternates = localeAlternates({ pathname: "/products/[handle]", params: { handle } }, locale);
  const image = { url: productOgImageUrl(locale, handle), width: 1200, height: 630, alt: title };
  return {
    title,
    description,
    alternates,
    openGraph: {
      type: "website",
      title,
      description,
      url: absoluteUrl(String(alternates?.canonical)),
      locale: locale === "vi" ? "vi_VN" : "en_US",
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}

export default async function ProductPage({ params }: PageProps) {
  const { locale, handle } = await params;
  setRequestLocale(locale);
  const store = await loadProduct(handle);
  // Thrown, not rendered: a cached page is then kept until the store answers again (error.tsx).
  if (store.status === "unavailable") throw new StoreUnavailableError("product");
  if (store.status !== "ready") {
    return (
      <StoreUnavailable
        reason={store.status}
        reloadHref={getPathname({ href: { pathname: "/products/[handle]", params: { handle } }, locale })}
      />
    );
  }
  if (!store.data) notFound();
  return (
    <>
      <ProductJsonLd product={store.data.product} feedback={store.data.reviews.feedback} />
      <ProductDetails {...store.data} />
    </>
  );
}
