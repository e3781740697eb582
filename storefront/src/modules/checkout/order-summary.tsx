// The cart as checkout shows it beside the form and on the review: lines and totals in VND.
import { formatVnd } from "@ocop/domain/money";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import type { Cart } from "@/lib/cart";
import { productTitle } from "@/lib/localized";
import type { Product } from "@/lib/types";
import { PriceTotals } from "@/modules/order/price-totals";
import styles from "./checkout.module.css";

export function OrderSummary({ cart, products }: { cart: Cart; products: ReadonlyMap<string, Product> }) {
  const t = useTranslations("Checkout");
  const locale = useLocale() as Locale;
  const hasShipping = (cart.shipping_methods?.length ?? 0) > 0;
  return (
    <aside className="summary-panel" aria-labelledby="checkout-summary-heading">
      <h2 id="checkout-summary-heading">
        {t("summary")}
      </h2>
      <ul className={styles.summaryLines}>
        {(cart.items ?? []).map((line) => {
          const product = products.get(line.product_id ?? "");
          const variant = product?.variants?.find((candidate) => candidate.id === line.variant_id);
          const pack = (locale === "en" && variant?.metadata?.title_en) || line.variant_title;
          return (
            <li key={line.id} className={styles.summaryLine}>
              <span>
                {product ? productTitle(product, locale) : line.product_title}
                {pack && <span className={styles.muted}> · {pack}</span>}
                <span className={styles.muted}> × {line.quantity}</span>
              </span>
              <span>{formatVnd(line.subtotal ?? line.unit_price * line.quantity)}</span>
            </li>
          );
        })}
      </ul>
      <PriceTotals
        labels={{ items: t("itemsSubtotal"), shipping: t("shippingCost"), tax: t("tax"), total: t("total") }}
        itemSubtotal={cart.item_subtotal ?? 0}
        shipping={hasShipping ? (cart.shipping_total ?? 0) : t("shippingNotChosen")}
        taxTotal={cart.tax_total ?? 0}
        total={cart.total ?? 0}
      />
    </aside>
  );
}
