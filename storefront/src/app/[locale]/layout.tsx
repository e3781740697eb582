import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ErrorWordsProvider } from "@/components/error-words";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { localeAlternates, siteUrl } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import { fontVariables } from "@/styles/fonts";
import "@/styles/globals.css";

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
  const [t, tErrors] = await Promise.all([getTranslations("Header"), getTranslations("Errors")]);

  return (
    <html lang={locale} className={fontVariables}>
      <body>
        {/* No client message provider here: the header's, the catalogue's and the product page's
            client leaves get their words as props from the server, and the error boundary its three
            sentences. Pages with forms of their own (cart, checkout, account, the producer portal)
            add next-intl's provider with their messages, so other pages carry no message formatter. */}
        <ErrorWordsProvider words={{ title: tErrors("title"), body: tErrors("body"), retry: tErrors("retry") }}>
          <a href="#main" className="skip-link">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main">{children}</main>
          <SiteFooter />
        </ErrorWordsProvider>
      </body>
    </html>
  );
}
