// A fair's days and place as its page, its card and its poster print them.
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { unitName } from "@/lib/localized";
import type { Fair } from "@/lib/trade-promotion";

const DAY = { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" } as const;

export function fairDays(fair: Pick<Fair, "starts_on" | "ends_on">, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", DAY);
  const start = new Date(`${fair.starts_on}T00:00:00Z`);
  const end = new Date(`${fair.ends_on}T00:00:00Z`);
  return fair.starts_on === fair.ends_on ? format.format(start) : format.formatRange(start, end);
}

export function fairPlace(fair: Pick<Fair, "venue" | "commune_name" | "province_name">, locale: Locale): string {
  return [fair.venue, fair.commune_name && unitName(fair.commune_name, locale), fair.province_name && unitName(fair.province_name, locale)]
    .filter(Boolean)
    .join(", ");
}

export function fairName(fair: Pick<Fair, "name" | "name_en">, locale: Locale): string {
  return locale === "en" && fair.name_en ? fair.name_en : fair.name;
}

export function FairWhenWhere({ fair, className }: { fair: Fair; className?: string }) {
  const t = useTranslations("Fair");
  const locale = useLocale() as Locale;
  return (
    <dl className={className}>
      <div>
        <dt>{t("when")}</dt>
        <dd>{fairDays(fair, locale)}</dd>
      </div>
      <div>
        <dt>{t("where")}</dt>
        <dd>{fairPlace(fair, locale)}</dd>
      </div>
    </dl>
  );
}
