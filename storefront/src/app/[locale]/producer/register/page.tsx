import { listProvinces } from "@ocop/domain/admin-units";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { AccountMessages } from "@/modules/account/account-messages";
import { ForgetDraft } from "@/modules/producer-portal/form-draft";
import { REGISTRATION_DRAFT } from "@/modules/producer-portal/form-state";
import { ProducerRegistrationForm } from "@/modules/producer-portal/portal-forms";
import styles from "@/modules/producer-portal/portal.module.css";

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ received?: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("metaRegister"), robots: { index: false } };
}

export default async function ProducerRegisterPage({ params, searchParams }: PageProps) {
  const [{ locale }, { received }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("ProducerPortal");
  if (received) {
    return (
      <div className={styles.page}>
        <ForgetDraft draftKey={REGISTRATION_DRAFT} />
        <h1 className={styles.heading}>{t("receivedTitle")}</h1>
        <p className={styles.notice} role="status">
          <span className={styles.badge} data-state="pending">
            {t("status.pending")}
          </span>{" "}
          {t("receivedBody")}
        </p>
        <p>
          <Link href="/producer" className="button">
            {t("toSignIn")}
          </Link>
        </p>
      </div>
    );
  }
  const provinces = listProvinces().map(({ code, name }) => ({ code, name }));
  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>{t("registerTitle")}</h1>
      <p className={styles.lead}>{t("registerLead")}</p>
      <div className={styles.card}>
        <AccountMessages also={["ProducerPortal", "Address"]}>
          <ProducerRegistrationForm locale={locale} provinces={provinces} communes={[]} initial={{ values: {}, fieldErrors: {} }} />
        </AccountMessages>
      </div>
    </div>
  );
}
