import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/routing";
import { emailOfResetToken } from "@/lib/customer";
import { PasswordResetView } from "@/modules/account/password-reset-view";

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("metaReset"), alternates: localeAlternates("/account/reset-password", locale), robots: { index: false } };
}

/** The page the link of a password reset email opens. Opening it spends nothing: its form does. */
export default async function ResetPasswordPage({ params, searchParams }: PageProps) {
  const [{ locale }, { token }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const resetToken = typeof token === "string" && token ? token : undefined;
  return <PasswordResetView step="reset" locale={locale} token={resetToken} email={resetToken && emailOfResetToken(resetToken)} />;
}
