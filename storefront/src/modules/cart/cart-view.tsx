// The cart page: each line with its photo, producer, pack, unit price, quantity and stock limit,
// the subtotal in VND, and the way on to checkout; an empty cart says so and leads back to the shop.
import { formatVnd } from "@ocop/domain/money";
import { useLocale, useTranslations } from "next-intl";
import { Photo } from "@/components/photo";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { type Cart, type CartLine, cartItemCount, type LineStock, lineStock } from "@/lib/cart";
import { productTitle } from "@/lib/localized";
import type { Product } from "@/lib/types";
import { discountText, LineAmount } from "@/modules/order/line-amount";
import { CartLineControls } from "./cart-line-controls";
import styles from "./cart.module.css";
import { StockLabel } from "./stock-label";
import { useStockWords } from "./stock-words";

type CartViewProps = { cart: Cart | null; products: ReadonlyMap<string, Product> };

export function CartView({ cart, products }: CartViewProps) {
  const t = useTranslations("Cart");
  const tCampaign = useTranslations("Campaign");
  const lines = cart?.items?.toSorted((a, b) => String(a.created_at).localeCompare(String(b.created_at))) ?? [];
  if (!cart || lines.length === 0) {
    return (
      <section className={styles.page}>
        <h1 className={styles.heading}>{t("title")}</h1>
        <div className={styles.empty}>
          <p>{t("empty")}</p>
          <Link href="/products" className="button">
            {t("browse")}
          </Link>
        </div>
      </section>
    );
  }

  const stock = lineStock(cart, products);
  const blocked = lines.some((line) => stock.get(line.id)?.exceedsStock);
  return (
    <section className={styles.page}>
      <h1 className={styles.heading}>{t("title")}</h1>
      <div className="with-summary">
        <ul className={styles.lines} aria-label={t("linesLabel")}>
          {lines.map((line) => (
            <CartLineRow key={line.id} line={line} product={products.get(line.product_id ?? "")} stock={stock.get(line.id)} />
          ))}
        </ul>
        <aside className="summary-panel" aria-labelledby="cart-summary-heading">
          <h2 id="cart-summary-heading">
            {t("summary")}
          </h2>
          <dl className={styles.totals}>
            <dt>{t("subtotal", { count: cartItemCount(cart) })}</dt>
            <dd>{formatVnd(cart.item_subtotal ?? 0)}</dd>
            {(cart.discount_total ?? 0) > 0 && (
              <>
                <dt>{tCampaign("discount")}</dt>
                <dd className={styles.discount}>{discountText(cart.discount_total)}</dd>
                <dt>{tCampaign("totalAfterDiscount")}</dt>
                <dd>{formatVnd(cart.item_total ?? 0)}</dd>
              </>
            )}
          </dl>
          <p className={styles.note}>{t("shippingLater")}</p>
          {blocked ? (
            <p className="field-error" role="alert">
              {t("fixStock")}
            </p>
          ) : (
            <Link href="/checkout" className={`button ${styles.checkout}`}>
              {t("checkout")}
            </Link>
          )}
          <Link href="/products" className={styles.continue}>
            {t("continue")}
          </Link>
        </aside>
      </div>
    </section>
  );
}

function CartLineRow({ line, product, stock }: { line: CartLine; product: Product | undefined; stock: LineStock | undefined }) {
  const t = useTranslations("Cart");
  const tCampaign = useTranslations("Campaign");
  const locale = useLocale() as Locale;
  const title = product ? productTitle(product, locale) : (line.product_title ?? line.title);
  const variant = product?.variants?.find((candidate) => candidate.id === line.variant_id);
  const pack = (locale === "en" && variant?.metadata?.title_en) || line.variant_title || "";
  const cover = (product?.images ?? []).toSorted((a, b) => a.rank - b.rank)[0] ?? null;
  const max = stock?.max ?? 0;

  return (
    <li className={styles.line}>
      <div className={styles.linePhoto}>
        <Photo photo={cover?.metadata?.photo} url={cover?.url ?? line.thumbnail ?? product?.thumbnail} alt={title} sizes="6rem" />
      </div>
      <div className={styles.lineBody}>
        <h2 className={styles.lineTitle}>
          {product ? (
            <Link href={{ pathname: "/products/[handle]", params: { handle: product.handle } }}>{title}</Link>
          ) : (
            title
          )}
        </h2>
        {product?.producer && <p className={styles.muted}>{product.producer.name}</p>}
        <dl className={styles.lineFacts}>
          {pack && (
            <>
              <dt>{t("pack")}</dt>
              <dd>{pack}</dd>
            </>
          )}
          <dt>{t("unitPrice")}</dt>
          <dd>{formatVnd(line.unit_price)}</dd>
          {(line.discount_total ?? 0) > 0 && (
            <>
              <dt>{tCampaign("discount")}</dt>
              <dd className={styles.discount}>{discountText(line.discount_total ?? 0)}</dd>
            </>
          )}
        </dl>
        <StockNote line={line} stock={stock} />
        <CartLineControls lineId={line.id} quantity={line.quantity} max={max} name={[title, pack].filter(Boolean).join(", ")} />
      </div>
      <p className={styles.lineTotal}>
        <span className="visually-hidden">{t("lineTotal")} </span>
        <LineAmount line={line} />
      </p>
    </li>
  );
}

function StockNote({ line, stock }: { line: CartLine; stock: LineStock | undefined }) {
  const t = useTranslations("Cart");
  const stockWords = useStockWords();
  if (!stock) return null;
  if (stock.exceedsStock) {
    return (
      <p className="field-error">
        {stock.max === 0 ? t("lineSoldOut") : t("lineExceeds", { quantity: line.quantity, max: stock.max })}
      </p>
    );
  }
  return (
    <p className={styles.stock}>
      <StockLabel stock={stockWords(stock.state)} />
    </p>
  );
}
