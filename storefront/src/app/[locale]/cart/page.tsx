import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { StoreUnavailable } from "@/components/store-unavailable";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { loadCartPage } from "@/lib/cart";
import { CartView } from "@/modules/cart/cart-view";

type PageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Cart" });
  // A buyer's own cart: nothing for a search engine.
  return { title: t("title"), robots: { index: false } };
}

export default async function CartPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const store = await loadCartPage("cart");
  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: "/cart", locale })} />;
  }
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ Errors: messages.Errors, HeaderCart: messages.HeaderCart, Cart: messages.Cart }}>
      <CartView cart={store.data.cart} products={store.data.products} />
    </NextIntlClientProvider>
  );
}
