// The signed-in member's home: the producer's status in words, a switch when the member works for
// several producers, the way to its orders, a warning for each certificate expiring within 60 days,
// and its products with their state, stock and price.
import { formatVnd } from "@ocop/domain/money";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { PortalCertificate, PortalMe, PortalProduct } from "@/lib/producer-portal";
import { signOutProducer, switchProducer } from "./actions";
import { calendarDate } from "./certificate-list";
import styles from "./portal.module.css";

type PortalHomeProps = { me: PortalMe; products: PortalProduct[]; expiring: PortalCertificate[]; locale: string };

export async function PortalHome({ me, products, expiring, locale }: PortalHomeProps) {
  const t = await getTranslations("ProducerPortal");
  const format = await getFormatter();
  const producer = me.producer;
  return (
    <div className={styles.page}>
      <div className={styles.bar}>
        <h1 className={styles.heading}>{producer?.name ?? t("portal")}</h1>
        <form action={signOutProducer}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button-secondary">
            {t("signOut")}
          </button>
        </form>
      </div>
      {me.memberships.length > 1 && (
        <form action={switchProducer} className={`${styles.card} ${styles.form}`}>
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="producer-switch" className={styles.label}>
            {t("actFor")}
          </label>
          <select id="producer-switch" name="producerId" className="field-input" defaultValue={producer?.id}>
            {me.memberships.map(({ producer: option }) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button-secondary">
            {t("switch")}
          </button>
        </form>
      )}
      {producer && (
        <section className={`${styles.card} ${styles.status}`} aria-label={t("portal")}>
          <p>
            <span className={styles.badge} data-state={producer.status}>
              {t(`status.${producer.status}`)}
            </span>
          </p>
          <p className={styles.meta}>{t(`statusExplain.${producer.status}`, { reason: producer.status_reason || t("noReason") })}</p>
        </section>
      )}
      {expiring.length > 0 && (
        <div className={styles.expiryWarning} role="status">
          {expiring.map((certificate) => (
            <p key={certificate.id}>
              {certificate.product ? (
                <Link href={{ pathname: "/producer/products/[id]", params: { id: certificate.product.id } }}>
                  {t("certificates.homeWarning", {
                    number: certificate.decision_number,
                    product: certificate.product.title,
                    days: certificate.days_left,
                    date: format.dateTime(calendarDate(certificate.valid_until), { dateStyle: "medium" }),
                  })}
                </Link>
              ) : null}
            </p>
          ))}
        </div>
      )}
      {producer && producer.status !== "rejected" && producer.status !== "pending" && (
        <p className={styles.actions}>
          <Link href="/producer/orders" className="button-secondary">
            {t("orders")}
          </Link>
          <Link href="/producer/ledger" className="button-secondary">
            {t("ledger")}
          </Link>
          <Link href="/producer/members" className="button-secondary">
            {t("members")}
          </Link>
        </p>
      )}
      {producer && producer.status !== "rejected" && (
        <>
          <div className={styles.bar}>
            <h2 className={styles.subheading}>{t("products")}</h2>
            <div className={styles.actions}>
              {producer.status !== "suspended" && (
                <Link href="/producer/products/new" className="button">
                  {t("newProduct")}
                </Link>
              )}
            </div>
          </div>
          {products.length === 0 ? (
            <p className={styles.meta}>{t("noProducts")}</p>
          ) : (
            <ul className={styles.list}>
              {products.map((product) => (
                <li key={product.id}>
                  <Link href={{ pathname: "/producer/products/[id]", params: { id: product.id } }} className={styles.item}>
                    {product.thumbnail ? <img src={product.thumbnail} alt="" className={styles.thumb} /> : <span className={styles.thumb} />}
                    <span>
                      <p className={styles.itemTitle}>{product.title}</p>
                      <p className={styles.meta}>
                        <span className={styles.badge} data-state={product.status}>
                          {t(`productStatus.${product.status}`)}
                        </span>{" "}
                        {product.variants
                          .map((variant) => `${variant.title}: ${variant.price === null ? "—" : formatVnd(variant.price)} · ${t("stock", { count: variant.stock })}`)
                          .join(" | ")}
                      </p>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
