// Who makes a product: the producer's name (to its page), kind, and where it is, in the 2025 units
// with the pre-2025 ones beside them when they differ, since certificates and packages still print those.
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { unitName } from "@/lib/localized";
import { formerUnits } from "@/lib/producers";
import { provinceSlug } from "@/lib/provinces";
import type { Producer } from "@/lib/types";
import styles from "./producer.module.css";

export function ProducerCard({ producer }: { producer: Producer }) {
  const t = useTranslations("Producer");
  const former = formerUnits(producer);
  const locale = useLocale() as Locale;
  const place = [producer.commune?.name, producer.province?.name]
    .filter((name): name is string => !!name)
    .map((name) => unitName(name, locale))
    .join(", ");
  return (
    <section aria-labelledby="producer-heading" className={styles.card}>
      <h2 id="producer-heading" className={styles.cardHeading}>
        {t("cardTitle")}
      </h2>
      <p className={styles.cardName}>
        <Link href={{ pathname: "/producers/[handle]", params: { handle: producer.handle } }}>{producer.name}</Link>
        {producer.is_sample && <span className={styles.sampleTag}>{t("sample")}</span>}
      </p>
      <p className={styles.kind}>{t(`kind.${producer.kind}`)}</p>
      <dl className={styles.place}>
        <dt>{t("place2025")}</dt>
        <dd>{place}</dd>
        {former && (
          <>
            <dt>{t("placeFormer")}</dt>
            <dd>{former}</dd>
          </>
        )}
      </dl>
      <ProvincePavilionLink producer={producer} />
    </section>
  );
}

/** The way from a producer to its province's pavilion, on the product page's card and the producer page. */
export function ProvincePavilionLink({ producer }: { producer: Producer }) {
  const t = useTranslations("Producer");
  const locale = useLocale() as Locale;
  if (!producer.province) return null;
  return (
    <p className={styles.cardLinks}>
      <Link href={{ pathname: "/provinces/[province]", params: { province: provinceSlug(producer.province) } }}>
        {t("pavilionLink", { province: unitName(producer.province.name, locale) })}
      </Link>
    </p>
  );
}
