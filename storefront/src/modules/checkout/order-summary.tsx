// The cart as checkout shows it beside the form and on the review: lines and totals in VND.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import type { Cart } from "@/lib/cart";
import { productTitle } from "@/lib/localized";
import type { Product } from "@/lib/types";
import { LineAmount } from "@/modules/order/line-amount";
import { PriceTotals } from "@/modules/order/price-totals";
import styles from "./checkout.module.css";

/** `totals` replaces the cart's own (the details step's follow the shipping option being chosen). */
export function OrderSummary({ cart, products, totals }: { cart: Cart; products: ReadonlyMap<string, Product>; totals?: ReactNode }) {
  const t = useTranslations("Checkout");
  const locale = useLocale() as Locale;
  const hasShipping = (cart.shipping_methods?.length ?? 0) > 0;
  return (
    <aside className={`summary-panel ${styles.summary}`} aria-labelledby="checkout-summary-heading">
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
                {pack && <span className={`${styles.muted} ${styles.unbroken}`}> · {pack}</span>}
                <span className={`${styles.muted} ${styles.unbroken}`}> × {line.quantity}</span>
              </span>
              <span>
                <LineAmount line={line} />
              </span>
            </li>
          );
        })}
      </ul>
      {totals ?? (
        <PriceTotals
          labels={{ items: t("itemsSubtotal"), shipping: t("shippingCost"), tax: t("tax"), total: t("total") }}
          itemSubtotal={cart.item_subtotal ?? 0}
          discountTotal={cart.discount_total ?? 0}
          shipping={!hasShipping ? t("shippingNotChosen") : cart.shipping_total ? cart.shipping_total : t("free")}
          taxTotal={cart.tax_total ?? 0}
          total={cart.total ?? 0}
        />
      )}
    </aside>
  );
}
