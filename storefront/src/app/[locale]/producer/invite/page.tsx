import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { AccountMessages } from "@/modules/account/account-messages";
import { AcceptInviteForm } from "@/modules/producer-portal/portal-forms";
import styles from "@/modules/producer-portal/portal.module.css";

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("acceptTitle"), robots: { index: false } };
}

/** The page the link of an invitation email opens: the invited person joins the producer here. */
export default async function ProducerInvitePage({ params, searchParams }: PageProps) {
  const [{ locale }, { token }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("ProducerPortal");
  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>{t("acceptTitle")}</h1>
      {token ? (
        <div className={styles.card}>
          <AccountMessages also={["ProducerPortal"]}>
            <AcceptInviteForm token={token} locale={locale} />
          </AccountMessages>
        </div>
      ) : (
        <p className={styles.alert} role="alert">
          {t("inviteLinkBroken")}
        </p>
      )}
      <p>
        <Link href="/producer">{t("toSignIn")}</Link>
      </p>
    </div>
  );
}
