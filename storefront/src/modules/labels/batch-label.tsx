// One 70 × 37 mm sticker of a batch: product, pack and producer, the OCOP star, lot and dates, the
// pack's EAN-13 barcode and the QR code of the batch's Digital Link. The SVGs are drawn on the server.
import { useFormatter, useTranslations } from "next-intl";
import type { BatchLabel as BatchLabelData } from "@/lib/batch-labels";
import styles from "./labels.module.css";

/** A calendar date read as noon in Vietnam, so no time zone moves the day. */
const calendarDate = (date: string) => new Date(`${date}T12:00:00+07:00`);

export function BatchLabel({ label, barcodeSvg, qrSvg }: { label: BatchLabelData; barcodeSvg: string; qrSvg: string }) {
  const t = useTranslations("Labels");
  const format = useFormatter();
  const date = (value: string) => format.dateTime(calendarDate(value), { day: "2-digit", month: "2-digit", year: "numeric" });
  return (
    // The QR code's path, for a scanner app or a test to follow without decoding the picture.
    <div className={styles.label} data-digital-link={label.digitalLink}>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: an SVG the server drew from a validated GTIN and lot */}
      <div className={styles.qr} dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <div className={styles.text}>
        <p className={styles.product}>{label.productTitle}</p>
        {label.packTitle && <p className={styles.line}>{label.packTitle}</p>}
        <p className={styles.line}>{label.producerName}</p>
        {label.starRating && (
          <p className={styles.star}>
            <span aria-hidden="true">OCOP {"★".repeat(label.starRating)}</span>
            <span className="visually-hidden">{t("stars", { stars: label.starRating })}</span>
          </p>
        )}
      </div>
      <dl className={styles.batch}>
        <dt>{t("lot")}</dt>
        <dd>{label.lotCode}</dd>
        <dt>{t("producedOn")}</dt>
        <dd>{date(label.producedOn)}</dd>
        <dt>{t("bestBefore")}</dt>
        <dd>{date(label.bestBefore)}</dd>
      </dl>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: an SVG the server drew from a validated GTIN */}
      <div className={styles.barcode} dangerouslySetInnerHTML={{ __html: barcodeSvg }} />
    </div>
  );
}
