// What a scan of the package shows: is this a certified OCOP product today, what is it, who made it,
// and, from a batch's Digital Link, the batch's dates and a warning when its label looks copied.
import { certificateValidity } from "@ocop/domain/ocop";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Photo } from "@/components/photo";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { productTitle } from "@/lib/localized";
import type { TracedBatch } from "@/lib/batch-trace";
import { variantOfTraceCode } from "@/lib/trace";
import type { Product } from "@/lib/types";
import { ProducerCard } from "@/modules/producer/producer-card";
import { CertificateCard } from "@/modules/product/certificate-card";
import styles from "./trace.module.css";

/** A calendar date read as noon in Vietnam, so no time zone moves the day. */
const calendarDate = (date: string) => new Date(`${date}T12:00:00+07:00`);

export function TracePage({ product, code, today, batch }: { product: Product; code: string; today: string; batch?: TracedBatch }) {
  const t = useTranslations("Trace");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const title = productTitle(product, locale);
  const pack = variantOfTraceCode(product, code);
  const certificate = product.ocop?.current_certificate ?? product.ocop?.latest_certificate ?? null;
  const validity = certificateValidity(certificate, today);
  const date = (value: string) => format.dateTime(calendarDate(value), { dateStyle: "long" });
  const cover = (product.images ?? []).toSorted((a, b) => a.rank - b.rank)[0] ?? null;

  return (
    <article className={styles.page}>
      <p className={styles.eyebrow}>{t("eyebrow")}</p>
      <h1 className={styles.title}>{title}</h1>

      <section aria-labelledby="trace-verdict" className={`${styles.verdict} ${styles[validity]}`}>
        <h2 id="trace-verdict" className={styles.verdictTitle}>
          {validity === "valid" && certificate
            ? t("validTitle", { stars: certificate.star_rating })
            : validity === "expired"
              ? t("expiredTitle")
              : validity === "not_yet_valid"
                ? t("notYetValidTitle")
                : validity === "unverified"
                  ? t("unverifiedTitle")
                  : t("noneTitle")}
        </h2>
        <p className={styles.verdictBody}>
          {validity === "valid" && certificate
            ? t("validBody", { today: date(today), until: date(certificate.valid_until) })
            : validity === "expired" && certificate
              ? t("expiredBody", { until: date(certificate.valid_until) })
              : validity === "not_yet_valid" && certificate
                ? t("notYetValidBody", { decided: date(certificate.decision_date), today: date(today) })
                : validity === "unverified"
                  ? t("unverifiedBody")
                  : t("noneBody")}
        </p>
      </section>

      {batch?.flagged && (
        <section aria-labelledby="trace-copied" className={styles.copied} role="alert">
          <h2 id="trace-copied" className={styles.verdictTitle}>
            {t("copiedTitle")}
          </h2>
          <p className={styles.verdictBody}>{t("copiedBody", { scans: batch.scan_count, quantity: batch.quantity })}</p>
        </section>
      )}

      <div className={styles.layout}>
        {batch && (
          <section aria-labelledby="trace-batch" className={styles.product}>
            <h2 id="trace-batch" className={styles.sectionTitle}>
              {t("batchTitle")}
            </h2>
            <dl className="fact-list">
              <dt>{t("lotCode")}</dt>
              <dd className={styles.code}>{batch.lot_code}</dd>
              <dt>{t("producedOn")}</dt>
              <dd>{date(batch.produced_on)}</dd>
              <dt>{t("bestBefore")}</dt>
              <dd>
                {date(batch.best_before)}
                {batch.best_before < today && <strong className={styles.pastBestBefore}> {t("pastBestBefore")}</strong>}
              </dd>
            </dl>
          </section>
        )}
        <section aria-labelledby="trace-product" className={styles.product}>
          <h2 id="trace-product" className={styles.sectionTitle}>
            {t("productTitle")}
          </h2>
          <div className={styles.productRow}>
            <div className={styles.photo}>
              <Photo photo={cover?.metadata?.photo} url={cover?.url ?? product.thumbnail} alt={title} sizes="7rem" loading="eager" />
            </div>
            <dl className="fact-list">
              <dt>{t("productName")}</dt>
              <dd>
                <Link href={{ pathname: "/products/[handle]", params: { handle: product.handle } }}>{title}</Link>
              </dd>
              {pack && (
                <>
                  <dt>{t("pack")}</dt>
                  <dd>{(locale === "en" && pack.metadata?.title_en) || pack.title}</dd>
                </>
              )}
              <dt>{t("code")}</dt>
              <dd className={styles.code}>{code}</dd>
              {product.ocop?.product_set && (
                <>
                  <dt>{t("productSet")}</dt>
                  <dd>{locale === "en" ? product.ocop.product_set.name_en : product.ocop.product_set.name_vi}</dd>
                </>
              )}
            </dl>
          </div>
        </section>
        <CertificateCard ocop={product.ocop} />
        {product.producer && <ProducerCard producer={product.producer} />}
      </div>
      <p className={styles.checked}>{t("checkedOn", { today: date(today) })}</p>
    </article>
  );
}
