// A campaign's discount and dates in the buyer's language, in Vietnam's time.
import { formatVnd } from "@ocop/domain/money";
import { VIETNAM_TIME_ZONE } from "@ocop/domain/vietnam-date";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import type { Campaign } from "@/lib/campaigns";
import styles from "./campaign.module.css";

export function campaignMoment(at: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { timeZone: VIETNAM_TIME_ZONE, dateStyle: "medium", timeStyle: "short" }).format(new Date(at));
}

export function CampaignTerms({ campaign, withStart = false }: { campaign: Pick<Campaign, "discount" | "starts_at" | "ends_at">; withStart?: boolean }) {
  const t = useTranslations("Campaign");
  const locale = useLocale() as Locale;
  const discount = campaign.discount;
  return (
    <p className={styles.terms}>
      {discount && (
        <span className={styles.discount}>
          {discount.type === "percentage" ? t("percentOff", { value: discount.value }) : t("amountOff", { amount: formatVnd(discount.value) })}
        </span>
      )}{" "}
      <span>
        {withStart
          ? t("period", { start: campaignMoment(campaign.starts_at, locale), end: campaignMoment(campaign.ends_at, locale) })
          : t("until", { date: campaignMoment(campaign.ends_at, locale) })}
      </span>
    </p>
  );
}
