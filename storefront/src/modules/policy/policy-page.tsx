// A policy's text from messages ("Policy"), the operator's contact from lib/operator.ts, and the
// way to the other policies.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { OPERATOR, POLICIES, type Policy } from "@/lib/operator";
import styles from "./policy.module.css";

/** Sections are numbered "1", "2", … in the messages, as many as each policy has. */
function sectionKeys(has: (key: string) => boolean, policy: Policy): string[] {
  const keys: string[] = [];
  while (has(`${policy}.sections.${keys.length + 1}.heading`)) keys.push(`${policy}.sections.${keys.length + 1}`);
  return keys;
}

export function PolicyPage({ policy }: { policy: Policy }) {
  const t = useTranslations("Policy");
  const tHeader = useTranslations("Header");
  const sections = sectionKeys(t.has, policy);
  return (
    <article className={styles.page}>
      <nav aria-label={t("breadcrumb")} className={styles.breadcrumb}>
        <Link href="/">{tHeader("home")}</Link> › <span aria-current="page">{t(`${policy}.title`)}</span>
      </nav>
      <h1 className={styles.title}>{t(`${policy}.title`)}</h1>
      <p className={styles.lead}>{t(`${policy}.lead`)}</p>
      {OPERATOR.sample && <p className={styles.sample}>{t("sampleNote")}</p>}
      {sections.map((section) => (
        <section key={section} className={styles.section}>
          <h2>{t(`${section}.heading` as "shipping.sections.1.heading")}</h2>
          <p>{t(`${section}.body` as "shipping.sections.1.body")}</p>
        </section>
      ))}
      <section aria-labelledby="policy-contact" className={styles.contact}>
        <h2 id="policy-contact">{t("contactHeading")}</h2>
        <p>
          {t.rich("contactBody", {
            hotline: (chunks) => <a href={`tel:${OPERATOR.hotline.tel}`}>{chunks}</a>,
            email: (chunks) => <a href={`mailto:${OPERATOR.email}`}>{chunks}</a>,
            phone: OPERATOR.hotline.display,
            address: OPERATOR.email,
            opens: OPERATOR.hours.opens,
            closes: OPERATOR.hours.closes,
          })}
        </p>
      </section>
      <nav aria-labelledby="policy-others" className={styles.others}>
        <h2 id="policy-others">{t("others")}</h2>
        <ul>
          {POLICIES.filter((other) => other !== policy).map((other) => (
            <li key={other}>
              <Link href={`/policies/${other}`}>{t(`${other}.title`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
