import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getMedusa } from "@/lib/medusa";
import { listProductSets } from "@/lib/product-sets";
import { loadPortalMe } from "@/lib/producer-portal";
import { AccountMessages } from "@/modules/account/account-messages";
import { NewProductForm } from "@/modules/producer-portal/portal-forms";
import styles from "@/modules/producer-portal/portal.module.css";

type PageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("metaNewProduct"), robots: { index: false } };
}

export default async function NewProductPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("ProducerPortal");
  if (!(await loadPortalMe()).ok) redirect(getPathname({ href: "/producer", locale }));
  const medusa = await getMedusa();
  const productSets = medusa ? await listProductSets(medusa).catch(() => []) : [];
  const options = productSets.map((set) => ({ id: set.id, label: `${set.number}. ${locale === "en" ? set.name_en : set.name_vi}` }));
  return (
    <div className={styles.page}>
      <p>
        <Link href="/producer">{t("backHome")}</Link>
      </p>
      <h1 className={styles.heading}>{t("newProduct")}</h1>
      <div className={styles.card}>
        <AccountMessages also={["ProducerPortal"]}>
          <NewProductForm locale={locale} productSets={options} />
        </AccountMessages>
      </div>
    </div>
  );
}
