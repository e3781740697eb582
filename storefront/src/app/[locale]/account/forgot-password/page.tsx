import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/routing";
import { PasswordResetView } from "@/modules/account/password-reset-view";

type PageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("metaForgot"), alternates: localeAlternates("/account/forgot-password", locale), robots: { index: false } };
}

/** Where a buyer who forgot their password asks for a link to set a new one. */
export default async function ForgotPasswordPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <PasswordResetView step="forgot" locale={locale} />;
}
