// A product's certificates as its producer sees them: the decision, its stars and its state
// (pending the office's check, valid until a day, expiring in so many days, expired), with the document.
import { getFormatter, getTranslations } from "next-intl/server";
import type { PortalCertificate } from "@/lib/producer-portal";
import styles from "./portal.module.css";

/** A calendar day ("2028-06-20") as Vietnam's noon, so no time zone moves it to the day before. */
export const calendarDate = (day: string) => new Date(`${day}T12:00:00+07:00`);

export async function CertificateList({ certificates }: { certificates: PortalCertificate[] }) {
  const t = await getTranslations("ProducerPortal.certificates");
  const format = await getFormatter();
  const day = (value: string) => format.dateTime(calendarDate(value), { dateStyle: "medium" });
  if (certificates.length === 0) return <p className={styles.meta}>{t("none")}</p>;
  return (
    <ul className={styles.certificates}>
      {certificates.map((certificate) => (
        <li key={certificate.id} className={styles.certificate}>
          <p className={styles.itemTitle}>{t("decision", { number: certificate.decision_number, date: day(certificate.decision_date) })}</p>
          <p className={styles.meta}>
            {certificate.issuing_authority} · {t("starsAndScore", { star: certificate.star_rating, score: certificate.total_score })}
          </p>
          <p>
            <span className={styles.badge} data-state={certificate.state}>
              {t(`state.${certificate.state}`, { date: day(certificate.valid_until), days: certificate.days_left })}
            </span>
          </p>
          {certificate.state === "pending" && <p className={styles.meta}>{t("pendingHint")}</p>}
          {certificate.state === "expiring_soon" && <p className={styles.meta}>{t("renewHint")}</p>}
          {certificate.document_url && (
            <p>
              <a href={certificate.document_url} target="_blank" rel="noopener">
                {t("openDocument")}
              </a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
