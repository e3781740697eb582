// A fair's poster on one A4 page: its name, days and place, and a big QR code of its page, which
// visitors scan at the fair to find the producers' products on their phones.
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import type { Fair } from "@/lib/trade-promotion";
import { PrintButton } from "@/modules/labels/print-button";
import { fairDays, fairName, fairPlace } from "./fair-dates";
import styles from "./fair-poster.module.css";

export function FairPoster({ fair, pageUrl, qrSvg }: { fair: Fair; pageUrl: string; qrSvg: string }) {
  const t = useTranslations("Fair");
  const locale = useLocale() as Locale;
  return (
    <div className={styles.screen}>
      <p className={styles.toolbar}>
        <PrintButton>{t("print")}</PrintButton> <span>{t("printHint")}</span>
      </p>
      <article className={styles.poster} aria-label={t("posterTitle")}>
        <p className={styles.kicker}>{t("posterKicker")}</p>
        <h1 className={styles.name}>{fairName(fair, locale)}</h1>
        <p className={styles.days}>{fairDays(fair, locale)}</p>
        <p className={styles.place}>{fairPlace(fair, locale)}</p>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: an SVG the server drew from the fair page's own URL (lib/label-codes.ts) */}
        <div className={styles.qr} role="img" aria-label={t("qrLabel")} data-fair-url={pageUrl} dangerouslySetInnerHTML={{ __html: qrSvg }} />
        <p className={styles.scan}>{t("scan", { count: fair.producers.length })}</p>
        <p className={styles.url}>{pageUrl}</p>
      </article>
    </div>
  );
}
