import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { localeAlternates, siteUrl } from "@/i18n/alternates";
import { type Locale, routing } from "@/i18n/routing";
import { fontVariables } from "@/styles/fonts";
import "@/styles/globals.css";

/** The message namespaces client components read; the rest stay on the server. */
const CLIENT_NAMESPACES = ["Errors", "SearchBox", "HeaderCart", "BuyBox", "Stock"] as const;

function pick(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(namespaces.filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]]));
}

type LayoutProps = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: siteUrl(),
    title: { default: t("title"), template: `%s | ${t("siteName")}` },
    description: t("description"),
    alternates: localeAlternates("/", locale),
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "32x32" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-icon.png",
    },
    manifest: "/manifest.webmanifest",
  };
}

export const viewport: Viewport = {
  themeColor: "#1f5135",
};

export default async function LocaleLayout({ children, params }: LayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [messages, t] = await Promise.all([getMessages(), getTranslations("Header")]);

  return (
    <html lang={locale} className={fontVariables}>
      <body>
        {/* Client leaves get only the messages they use: the error boundary's, the search box's, the
            header's cart link's, and the buy box's with its stock labels. Pages with forms of their
            own (cart, checkout) add theirs with a provider of their own, so other pages do not carry
            them. */}
        <NextIntlClientProvider locale={locale as Locale} messages={pick(messages, CLIENT_NAMESPACES)}>
          <a href="#main" className="skip-link">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main">{children}</main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
