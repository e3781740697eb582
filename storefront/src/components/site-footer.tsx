// The footer every page ends with: how to reach the shop, its policies, who runs it and the
// e-commerce registration notice. The facts come from lib/operator.ts, the words from messages.
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { OPERATOR, POLICIES } from "@/lib/operator";
import styles from "./site-footer.module.css";

export function SiteFooter() {
  const t = useTranslations("Footer");
  const tPolicy = useTranslations("Policy");
  const locale = useLocale() as Locale;
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <div className={styles.columns}>
          <section aria-labelledby="footer-help" className={styles.column}>
            <h2 id="footer-help" className={styles.heading}>
              {t("helpHeading")}
            </h2>
            <dl className={styles.facts}>
              <dt>{t("hotline")}</dt>
              <dd>
                <a href={`tel:${OPERATOR.hotline.tel}`} className={styles.strong}>
                  {OPERATOR.hotline.display}
                </a>
              </dd>
              <dt>{t("email")}</dt>
              <dd>
                <a href={`mailto:${OPERATOR.email}`}>{OPERATOR.email}</a>
              </dd>
              <dt>{t("hours")}</dt>
              <dd>{t("hoursValue", OPERATOR.hours)}</dd>
            </dl>
          </section>
          <nav aria-labelledby="footer-policies" className={styles.column}>
            <h2 id="footer-policies" className={styles.heading}>
              {t("policiesHeading")}
            </h2>
            <ul className={styles.links}>
              {POLICIES.map((policy) => (
                <li key={policy}>
                  <Link href={`/policies/${policy}`}>{tPolicy(`${policy}.title`)}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-labelledby="footer-operator" className={styles.column}>
            <h2 id="footer-operator" className={styles.heading}>
              {t("operatorHeading")}
            </h2>
            <p className={styles.operator}>
              <strong>{OPERATOR.legalName}</strong>
              <br />
              {t("enterpriseCode", { code: OPERATOR.enterpriseCode, issuer: OPERATOR.registeredBy[locale] })}
              <br />
              {t("representative", { name: OPERATOR.representative })}
              <br />
              {t("address", { address: OPERATOR.address })}
            </p>
            <p className={styles.registration}>
              <span aria-hidden="true" className={styles.registrationMark}>
                ✓
              </span>
              <span>
                {OPERATOR.ecommerceRegistration ? (
                  <a href={OPERATOR.ecommerceRegistration.url}>{t("registered")}</a>
                ) : (
                  t("registered")
                )}
                {OPERATOR.sample && <span className={styles.sampleTag}> {t("registrationSample")}</span>}
              </span>
            </p>
          </section>
        </div>
        <p className={styles.sample}>
          <strong>{t("sampleLabel")}</strong> {t("sample")}
          {OPERATOR.sample && ` ${t("operatorSample")}`}
        </p>
        <p className={styles.about}>{t("about")}</p>
      </div>
    </footer>
  );
}
