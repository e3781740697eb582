// The product page's buy box: pack sizes, price and stock of the chosen one, quantity, "add to cart".
// A server component reading nothing but the product, so the product page stays static; the form
// inside is a client leaf that also works as a plain form post without JavaScript.
import { formatVnd } from "@ocop/domain/money";
import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { orderableQuantity, stockState } from "@/lib/cart-quantity";
import type { Product } from "@/lib/types";
import { BuyBoxForm, type PackOption } from "./buy-box-form";

export type BuyBoxProps = {
  /** The product as the store API gives it, with `+variants.inventory_quantity` and prices in VND. */
  product: Pick<Product, "id" | "variants">;
};

export function BuyBox({ product }: BuyBoxProps) {
  const t = useTranslations("BuyBox");
  const locale = useLocale() as Locale;
  const packs: PackOption[] = (product.variants ?? []).flatMap((variant) => {
    const amount = variant.calculated_price?.calculated_amount;
    return amount == null
      ? []
      : [
          {
            id: variant.id,
            label: (locale === "en" && variant.metadata?.title_en) || variant.title || t("defaultPack"),
            price: formatVnd(amount),
            stock: stockState(variant),
            max: orderableQuantity(variant),
          },
        ];
  });
  const [first, ...others] = packs;
  if (!first) return <p>{t("notForSale")}</p>;
  return <BuyBoxForm productId={product.id} packs={[first, ...others]} cartHref={getPathname({ href: "/cart", locale })} />;
}
