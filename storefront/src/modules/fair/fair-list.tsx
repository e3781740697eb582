// The fairs on now and to come, soonest first, each a card leading to its page.
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { type Fair, timingOfFair } from "@/lib/trade-promotion";
import { FairWhenWhere, fairName } from "./fair-dates";
import styles from "./fair.module.css";

export function FairList({ fairs }: { fairs: readonly Fair[] }) {
  const t = useTranslations("Fair");
  const locale = useLocale() as Locale;
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t("listTitle")}</h1>
      <p className={styles.lead}>{t("listLead")}</p>
      {fairs.length === 0 ? (
        <p className={styles.muted}>{t("listEmpty")}</p>
      ) : (
        <ul className={styles.fairList}>
          {fairs.map((fair) => {
            const timing = timingOfFair(fair);
            return (
              <li key={fair.id} className={styles.fairCard}>
                <p className={styles.timing} data-timing={timing}>
                  {t(`timing.${timing}`)}
                </p>
                <h2 className={styles.fairCardTitle}>
                  <Link href={{ pathname: "/fairs/[handle]", params: { handle: fair.handle } }}>{fairName(fair, locale)}</Link>
                </h2>
                <FairWhenWhere fair={fair} className={styles.whenWhere} />
                <p className={styles.muted}>{t("producerCount", { count: fair.producers.length })}</p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
