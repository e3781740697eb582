// The product page's buy box: pack sizes, price and stock of the chosen one, quantity, "add to cart".
// A server component reading nothing but the product, so the product page stays static; the form
// inside is a client leaf that also works as a plain form post without JavaScript.
import { formatVnd } from "@ocop/domain/money";
import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { orderableQuantity, stockState } from "@/lib/cart-quantity";
import type { Product } from "@/lib/types";
import { BuyBoxForm, type BuyBoxWords, type PackOption } from "./buy-box-form";
import { useStockWords } from "./stock-words";

export type BuyBoxProps = {
  /** The product as the store API gives it, with `+variants.inventory_quantity` and prices in VND. */
  product: Pick<Product, "id" | "variants">;
};

export function BuyBox({ product }: BuyBoxProps) {
  const t = useTranslations("BuyBox");
  const locale = useLocale() as Locale;
  const stockWords = useStockWords();
  const packs: PackOption[] = (product.variants ?? []).flatMap((variant) => {
    const amount = variant.calculated_price?.calculated_amount;
    if (amount == null) return [];
    const label = (locale === "en" && variant.metadata?.title_en) || variant.title || t("defaultPack");
    const max = orderableQuantity(variant);
    return [
      {
        id: variant.id,
        label,
        priceLabel: t("priceOf", { pack: label }),
        price: formatVnd(amount),
        stock: stockWords(stockState(variant)),
        max,
        hint: max === 0 ? t("soldOut") : t("maxHint", { max }),
      },
    ];
  });
  const [first, ...others] = packs;
  if (!first) return <p>{t("notForSale")}</p>;
  const words: BuyBoxWords = {
    packs: t("packs"),
    quantity: t("quantity"),
    addToCart: t("addToCart"),
    adding: t("adding"),
    viewCart: t("viewCart"),
  };
  return <BuyBoxForm productId={product.id} packs={[first, ...others]} locale={locale} words={words} cartHref={getPathname({ href: "/cart", locale })} />;
}
