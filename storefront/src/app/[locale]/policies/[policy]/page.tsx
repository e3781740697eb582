// A policy page (shipping, returns, privacy, payment): static, the same for every buyer.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import { type Locale, routing } from "@/i18n/routing";
import { POLICIES, type Policy } from "@/lib/operator";
import { PolicyPage } from "@/modules/policy/policy-page";

type PageProps = { params: Promise<{ locale: Locale; policy: string }> };

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => POLICIES.map((policy) => ({ locale, policy })));
}

export const dynamicParams = false;

function isPolicy(value: string): value is Policy {
  return (POLICIES as readonly string[]).includes(value);
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, policy } = await params;
  if (!isPolicy(policy)) return {};
  const t = await getTranslations({ locale, namespace: "Policy" });
  return { title: t(`${policy}.title`), description: t(`${policy}.lead`), alternates: localeAlternates(`/policies/${policy}`, locale) };
}

export default async function Page({ params }: PageProps) {
  const { locale, policy } = await params;
  if (!isPolicy(policy)) notFound();
  setRequestLocale(locale);
  return <PolicyPage policy={policy} />;
}
