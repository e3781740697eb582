import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { StoreUnavailable } from "@/components/store-unavailable";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { productSubtitle, productTitle } from "@/lib/localized";
import { getProductByHandle } from "@/lib/products";
import { loadFromStore } from "@/lib/store";
import { ProductDetails } from "@/modules/product/product-details";

type PageProps = { params: Promise<{ locale: Locale; handle: string }> };

/** Metadata and page read the product once per request. */
const loadProduct = cache((handle: string) =>
  loadFromStore("product", (sdk, region) => getProductByHandle(sdk, handle, region.id)),
);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, handle } = await params;
  const store = await loadProduct(handle);
  if (store.status !== "ready" || !store.data) return {};
  const product = store.data;
  return {
    title: productTitle(product, locale),
    description: productSubtitle(product, locale) ?? undefined,
    alternates: localeAlternates({ pathname: "/products/[handle]", params: { handle } }, locale),
  };
}

export default async function ProductPage({ params }: PageProps) {
  const { locale, handle } = await params;
  setRequestLocale(locale);
  const store = await loadProduct(handle);
  if (store.status !== "ready") {
    return (
      <StoreUnavailable
        reason={store.status}
        reloadHref={getPathname({ href: { pathname: "/products/[handle]", params: { handle } }, locale })}
      />
    );
  }
  if (!store.data) notFound();
  return <ProductDetails product={store.data} />;
}
