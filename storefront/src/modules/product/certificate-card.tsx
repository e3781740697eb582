// The certificate behind the star mark: decision number and date, issuer, validity, sample flag.
// Without a current certificate it says why there is no mark (awaiting, expired, unverified).
import { useFormatter, useTranslations } from "next-intl";
import type { OcopStatus } from "@/lib/types";
import styles from "./product.module.css";

/** Certificate dates are calendar dates ("2024-06-25"), read as noon in Vietnam so no zone shifts the day. */
function calendarDate(date: string): Date {
  return new Date(`${date}T12:00:00+07:00`);
}

export function CertificateCard({ ocop }: { ocop: OcopStatus | null }) {
  const t = useTranslations("Product");
  const format = useFormatter();
  const certificate = ocop?.current_certificate;
  const date = (value: string) => format.dateTime(calendarDate(value), { dateStyle: "long" });

  if (!certificate) {
    const latest = ocop?.latest_certificate;
    const note =
      ocop?.standing === "expired" && latest
        ? t("expired", { date: date(latest.valid_until) })
        : ocop?.standing === "unverified"
          ? t("unverified")
          : t("awaiting");
    return <p className={styles.certificateNote}>{note}</p>;
  }

  return (
    <section aria-labelledby="certificate-heading" className={styles.certificate}>
      <h2 id="certificate-heading" className={styles.certificateTitle}>
        <span aria-hidden="true" className={styles.certificateStars}>
          {"★".repeat(certificate.star_rating)}
        </span>{" "}
        {t("certificateTitle")}
      </h2>
      <dl className="fact-list">
        <dt>{t("decisionNumber")}</dt>
        <dd>{certificate.decision_number}</dd>
        <dt>{t("decisionDate")}</dt>
        <dd>{date(certificate.decision_date)}</dd>
        <dt>{t("issuer")}</dt>
        <dd>{certificate.issuing_authority}</dd>
        <dt>{t("validUntil")}</dt>
        <dd>{date(certificate.valid_until)}</dd>
      </dl>
      {certificate.is_sample && <p className={styles.sample}>{t("sampleFlag")}</p>}
    </section>
  );
}
