// A batch's trace page, what its label's QR code opens (GS1 Digital Link /01/<GTIN-14>/10/<lot>):
// the product's trace page with the batch's dates. A person's opening counts one scan, so a copied
// label shows; rendered per request, so "valid today" is Vietnam's today.
import { randomUUID } from "node:crypto";
import { todayInVietnam } from "@ocop/domain/vietnam-date";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { StoreUnavailable } from "@/components/store-unavailable";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { findBatch, isCountableScan, parseDigitalLink, recordBatchScan, type TracedBatch } from "@/lib/batch-trace";
import { productTitle } from "@/lib/localized";
import { loadFromStore } from "@/lib/store";
import type { StoreClient } from "@/lib/store-api";
import { findProductByTraceCode } from "@/lib/trace";
import { TracePage } from "@/modules/trace/trace-page";

type PageProps = { params: Promise<{ locale: Locale; gtin: string; lot: string }> };

const loadBatchTrace = cache((gtin: string, lot: string, today: string) =>
  loadFromStore("batch-trace", async (medusa, region) => {
    const batch = await findBatch(medusa, gtin, lot);
    if (!batch) return null;
    const product = await findProductByTraceCode(medusa, gtin, region.id, today);
    return product ? { batch, product, medusa } : null;
  }),
);

/** The batch after this opening is counted; a scan that cannot be counted never keeps the page from the buyer. */
async function countScan(medusa: StoreClient, batch: TracedBatch): Promise<TracedBatch> {
  if (!isCountableScan(await headers())) return batch;
  try {
    return await recordBatchScan(medusa, batch, randomUUID());
  } catch (error) {
    console.error(`[batch-trace] the scan of ${batch.gtin}/${batch.lot_code} was not counted: ${String(error)}`);
    return batch;
  }
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, gtin, lot } = await params;
  const link = parseDigitalLink(gtin, lot);
  if (!link) return {};
  const store = await loadBatchTrace(link.gtin, link.lot, todayInVietnam());
  if (store.status !== "ready" || !store.data) return {};
  const t = await getTranslations({ locale, namespace: "Trace" });
  return { title: t("metaTitle", { title: productTitle(store.data.product, locale) }), description: t("metaDescription"), robots: { index: false, follow: true } };
}

export default async function BatchTraceRoute({ params }: PageProps) {
  const { locale, gtin, lot } = await params;
  setRequestLocale(locale);
  const link = parseDigitalLink(gtin, lot);
  if (!link) notFound();
  const today = todayInVietnam();
  const store = await loadBatchTrace(link.gtin, link.lot, today);
  if (store.status !== "ready") {
    return (
      <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: { pathname: "/01/[gtin]/10/[lot]", params: { gtin, lot } }, locale })} />
    );
  }
  if (!store.data) notFound();
  const batch = await countScan(store.data.medusa, store.data.batch);
  return <TracePage product={store.data.product} code={link.gtin} today={today} batch={batch} />;
}
