import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/routing";
import { ConfirmEmailView } from "@/modules/account/confirm-email-view";

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("metaConfirm"), alternates: localeAlternates("/account/confirm", locale), robots: { index: false } };
}

/** The page the link of a registration's email opens. Opening it confirms nothing: its button does. */
export default async function ConfirmEmailPage({ params, searchParams }: PageProps) {
  const [{ locale }, { token }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  return <ConfirmEmailView locale={locale} token={typeof token === "string" ? token : undefined} />;
}
