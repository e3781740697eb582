// Requests outside every locale (the proxy sends nearly all paths to one): a bare page in both languages.
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";

export default async function GlobalNotFound() {
  const messages = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: "Errors" }) })),
  );
  return (
    <html lang={routing.defaultLocale}>
      <body style={{ fontFamily: "system-ui, sans-serif", textAlign: "center", padding: "3rem 1rem" }}>
        {messages.map(({ locale, t }) => (
          <section key={locale} lang={locale}>
            <h1>{t("notFoundTitle")}</h1>
            <p>
              <a href={locale === routing.defaultLocale ? "/" : `/${locale}`}>{t("backHome")}</a>
            </p>
          </section>
        ))}
      </body>
    </html>
  );
}
