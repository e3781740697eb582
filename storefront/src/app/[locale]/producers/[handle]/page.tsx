// A producer's page (chủ thể OCOP), cached like the product page. Only approved producers exist
// here: the store API answers 404 for pending and suspended ones, and so does this page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { StoreUnavailable } from "@/components/store-unavailable";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { productsOfProducer } from "@/lib/product-groups";
import { getProducerByHandle, producerStory } from "@/lib/producers";
import { absoluteUrl, summarize } from "@/lib/seo-urls";
import { loadFromStore, StoreUnavailableError } from "@/lib/store";
import { ProducerPage } from "@/modules/producer/producer-page";

type PageProps = { params: Promise<{ locale: Locale; handle: string }> };

export function generateStaticParams() {
  return [];
}

export const revalidate = 60;

const loadProducer = cache((handle: string) =>
  loadFromStore(
    "producer",
    async (medusa) => {
      const [producer, products] = await Promise.all([getProducerByHandle(medusa, handle), productsOfProducer(handle)]);
      return producer && { producer, products };
    },
    { cachedPage: true },
  ),
);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, handle } = await params;
  const store = await loadProducer(handle);
  if (store.status !== "ready" || !store.data) return {};
  const { producer } = store.data;
  const description = summarize(producerStory(producer, locale) ?? producer.address_as_issued);
  const alternates = localeAlternates({ pathname: "/producers/[handle]", params: { handle } }, locale);
  return {
    title: producer.name,
    description,
    alternates,
    openGraph: { type: "profile", title: producer.name, description, url: absoluteUrl(String(alternates?.canonical)) },
  };
}

export default async function ProducerRoute({ params }: PageProps) {
  const { locale, handle } = await params;
  setRequestLocale(locale);
  const store = await loadProducer(handle);
  if (store.status === "unavailable") throw new StoreUnavailableError("producer");
  if (store.status !== "ready") {
    return (
      <StoreUnavailable
        reason={store.status}
        reloadHref={getPathname({ href: { pathname: "/producers/[handle]", params: { handle } }, locale })}
      />
    );
  }
  if (!store.data) notFound();
  return <ProducerPage {...store.data} />;
}
