"use client";
// The details step's totals, which follow the shipping option chosen in the form at once: in the
// summary, and on a phone (where the summary comes after the form) once more above the button.
// The review then shows the backend's own.
import { formatVnd } from "@ocop/domain/money";
import { useTranslations } from "next-intl";
import { PriceTotals } from "@/modules/order/price-totals";
import { useCheckoutDetails } from "./checkout-details-state";
import styles from "./checkout.module.css";

export function ChosenShippingTotals() {
  const t = useTranslations("Checkout");
  const { totals } = useCheckoutDetails();
  return (
    // Read out when a choice changes them, for a buyer who cannot see the summary from the form.
    <div aria-live="polite">
      <PriceTotals
        labels={{ items: t("itemsSubtotal"), shipping: t("shippingCost"), tax: t("tax"), total: t("total") }}
        itemSubtotal={totals.itemSubtotal}
        discountTotal={totals.discountTotal}
        shipping={totals.shipping === null ? t("shippingNotChosen") : totals.shipping === 0 ? t("free") : totals.shipping}
        taxTotal={totals.taxTotal}
        total={totals.total}
      />
    </div>
  );
}

/** The total beside the button on a phone; screen readers hear it from the summary. */
export function ChosenShippingTotalLine() {
  const t = useTranslations("Checkout");
  const { totals } = useCheckoutDetails();
  return (
    <p className={styles.totalLine} aria-hidden="true">
      <span>{totals.shipping === null ? t("totalBeforeShipping") : t("total")}</span>
      <strong>{formatVnd(totals.total)}</strong>
    </p>
  );
}
