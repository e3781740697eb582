// A fair's page, which is also its catalogue on visitors' phones at the fair (its poster's QR code
// opens it): when and where, the fair's livestreams, the producers taking part as a row of jump
// links, then each producer's stall with its products.
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { Fair, FairStall } from "@/lib/trade-promotion";
import { timingOfFair } from "@/lib/trade-promotion";
import { ProductGrid } from "@/modules/catalogue/product-grid";
import { FairWhenWhere, fairName } from "./fair-dates";
import styles from "./fair.module.css";
import { VideoCards } from "./video-cards";

export function FairPage({ fair, stalls }: { fair: Fair; stalls: readonly FairStall[] }) {
  const t = useTranslations("Fair");
  const locale = useLocale() as Locale;
  const description = locale === "en" && fair.description_en ? fair.description_en : fair.description;
  const timing = timingOfFair(fair);
  return (
    <div className={styles.page}>
      <nav aria-label={t("breadcrumb")} className={styles.breadcrumb}>
        <Link href="/fairs">{t("listTitle")}</Link>
      </nav>
      <p className={styles.timing} data-timing={timing}>
        {t(`timing.${timing}`)}
      </p>
      <h1 className={styles.title}>{fairName(fair, locale)}</h1>
      <FairWhenWhere fair={fair} className={styles.whenWhere} />
      {description ? <p className={styles.lead}>{description}</p> : null}
      {/* Above the stalls, as on a campaign's page: below them, a fair with many producers hid its livestreams pages down. */}
      <VideoCards videos={fair.video_links} headingId="fair-videos-heading" />
      {stalls.length > 0 ? (
        <>
          <nav aria-label={t("producersNav")} className={styles.jump}>
            <ul>
              {stalls.map(({ producer, products }) => (
                <li key={producer.id}>
                  <a href={`#${producer.handle}`}>
                    {producer.name} <span className={styles.jumpCount}>{products.total}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {stalls.map(({ producer, products }) => (
            <section key={producer.id} id={producer.handle} aria-labelledby={`${producer.handle}-heading`} className={styles.stall}>
              <h2 id={`${producer.handle}-heading`} className={styles.sectionTitle}>
                <Link href={{ pathname: "/producers/[handle]", params: { handle: producer.handle } }}>{producer.name}</Link>
              </h2>
              {products.products.length > 0 ? (
                <ProductGrid products={products.products} headingLevel="h3" aboveTheFold={false} />
              ) : (
                <p className={styles.muted}>{t("stallEmpty")}</p>
              )}
            </section>
          ))}
        </>
      ) : (
        <p className={styles.muted}>{t("noProducers")}</p>
      )}
      <p className={styles.posterLink}>
        <Link href={{ pathname: "/fairs/[handle]/poster", params: { handle: fair.handle } }}>{t("posterLink")}</Link>
      </p>
    </div>
  );
}
