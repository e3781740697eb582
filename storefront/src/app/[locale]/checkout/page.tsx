import { listProvinces } from "@ocop/domain/admin-units";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { StoreUnavailable } from "@/components/store-unavailable";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { loadCheckoutPage, prefillCheckout } from "@/lib/checkout";
import { CheckoutDetails, CheckoutEmpty, CheckoutReviewStep } from "@/modules/checkout/checkout-view";

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ step?: string | string[] }>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Checkout" });
  return { title: t("title"), robots: { index: false } };
}

export default async function CheckoutPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  const { step } = await searchParams;
  setRequestLocale(locale);
  const store = await loadCheckoutPage(step === "review" ? "review" : "details");
  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: "/checkout", locale })} />;
  }
  const { cart, products, shipping, payment, customer } = store.data;
  if (!cart || (cart.items?.length ?? 0) === 0) return <CheckoutEmpty />;

  const messages = await getMessages();
  // Campaign: the details step's totals (a client component) name a campaign's discount.
  const clientMessages = { Errors: messages.Errors, HeaderCart: messages.HeaderCart, Checkout: messages.Checkout, Address: messages.Address, Campaign: messages.Campaign };
  if (store.data.step === "review") {
    return (
      <NextIntlClientProvider messages={clientMessages}>
        <CheckoutReviewStep cart={cart} products={products} />
      </NextIntlClientProvider>
    );
  }
  const values = prefillCheckout(cart, customer);
  const province = listProvinces().find((candidate) => candidate.code === values.provinceCode);
  return (
    <NextIntlClientProvider messages={clientMessages}>
      <CheckoutDetails
        cart={cart}
        products={products}
        shipping={shipping}
        payment={payment}
        values={values}
        communes={province?.communes ?? []}
      />
    </NextIntlClientProvider>
  );
}
