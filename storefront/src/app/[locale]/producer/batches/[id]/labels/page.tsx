// A batch's label sheets for the producer to print on A4 stickers (3 × 8 of 70 × 37 mm): each label
// with the pack's EAN-13 and the QR code of the batch's GS1 Digital Link. Read with the member's
// session; another producer's batch is not found.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StoreNotice } from "@/components/store-notice";
import { StoreUnavailable } from "@/components/store-unavailable";
import type { Locale } from "@/i18n/routing";
import { LABELS_PER_SHEET, labelCount, loadBatchLabel } from "@/lib/batch-labels";
import { ean13Svg, qrSvg } from "@/lib/label-codes";
import { producerSession } from "@/lib/producer-portal";
import { absoluteUrl } from "@/lib/seo-urls";
import { loadFromStore } from "@/lib/store";
import { LabelSheets } from "@/modules/labels/label-sheets";

type PageProps = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ count?: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Labels" });
  return { title: t("print"), robots: { index: false, follow: false } };
}

export default async function BatchLabelsRoute({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const count = labelCount((await searchParams).count);
  const session = await producerSession();
  const store = await loadFromStore("batch-labels", (medusa, region) => loadBatchLabel(medusa, session, id, region.id));
  if (store.status !== "ready") return <StoreUnavailable reason={store.status} reloadHref={`/producer/batches/${encodeURIComponent(id)}/labels`} />;
  const t = await getTranslations({ locale, namespace: "Labels" });
  const result = store.data;
  if (result.status !== "ready") {
    const [title, body] =
      result.status === "signed_out"
        ? [t("signedOutTitle"), t("signedOutBody")]
        : result.status === "no_gtin"
          ? [t("noGtinTitle"), t("noGtinBody")]
          : [t("notFoundTitle"), t("notFoundBody")];
    return (
      <StoreNotice title={title}>
        <p>{body}</p>
      </StoreNotice>
    );
  }
  const [barcode, qr] = await Promise.all([Promise.resolve(ean13Svg(result.label.gtin)), qrSvg(absoluteUrl(result.label.digitalLink))]);
  return <LabelSheets label={result.label} count={count} perSheet={LABELS_PER_SHEET} barcodeSvg={barcode} qrSvg={qr} />;
}
