import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { loadCustomer } from "@/lib/customer";
import { AuthView } from "@/modules/account/auth-view";
import { returnPathAfterSignIn } from "@/modules/account/return-path";

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string | string[] }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("metaSignIn"), alternates: localeAlternates("/account/sign-in", locale), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps) {
  const [{ locale }, { next }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const returnTo = returnPathAfterSignIn(next);
  if ((await loadCustomer()).status === "signed_in") redirect(returnTo ?? getPathname({ href: "/account", locale }));
  return <AuthView mode="signIn" locale={locale} next={returnTo} />;
}
