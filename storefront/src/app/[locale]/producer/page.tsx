import { expiringUnrenewed } from "@ocop/domain/certificate-expiry";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { listPortalProducts, listProducerCertificates, loadPortalMe } from "@/lib/producer-portal";
import { AccountMessages } from "@/modules/account/account-messages";
import { PortalHome } from "@/modules/producer-portal/portal-home";
import { ProducerSignInForm } from "@/modules/producer-portal/portal-forms";
import { PortalUnavailable } from "@/modules/producer-portal/portal-unavailable";
import styles from "@/modules/producer-portal/portal.module.css";

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ joined?: string; email?: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("metaPortal"), robots: { index: false } };
}

export default async function ProducerPortalPage({ params, searchParams }: PageProps) {
  const [{ locale }, { joined, email }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("ProducerPortal");
  const me = await loadPortalMe();
  if (me.ok) {
    const [products, certificates] = await Promise.all([listPortalProducts(), listProducerCertificates()]);
    if (!products.ok && products.reason !== "refused") return <PortalUnavailable reloadHref={getPathname({ href: "/producer", locale })} />;
    const expiring = certificates.ok
      ? expiringUnrenewed(certificates.value.certificates.map((certificate) => ({ ...certificate, product_id: certificate.product?.id ?? null })))
      : [];
    return <PortalHome me={me.value} products={products.ok ? products.value.products : []} expiring={expiring} locale={locale} />;
  }
  if (me.reason === "unavailable") return <PortalUnavailable reloadHref={getPathname({ href: "/producer", locale })} />;
  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>{t("signInTitle")}</h1>
      <p className={styles.lead}>{t("signInLead")}</p>
      {joined && (
        <p className={styles.notice} role="status">
          {t("joined", { producer: joined })}
        </p>
      )}
      <div className={styles.card}>
        <AccountMessages also={["ProducerPortal"]}>
          <ProducerSignInForm locale={locale} email={email} />
        </AccountMessages>
      </div>
      <p>
        {t("noAccount")} <Link href="/producer/register">{t("registerLink")}</Link>
      </p>
    </div>
  );
}
