import type { Metadata } from "next";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StoreUnavailable } from "@/components/store-unavailable";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getCartId, getLineProducts } from "@/lib/cart";
import { getOrder } from "@/lib/checkout-order";
import { orderAccess } from "@/lib/order-access";
import { getOrderPayment } from "@/lib/order-payment";
import { loadFromStore } from "@/lib/store";
import { AnnounceCartCount } from "@/modules/cart/announce-cart-count";
import { OrderConfirmation } from "@/modules/order/order-confirmation";

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Order" });
  return { title: t("title"), robots: { index: false } };
}

export default async function OrderPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const access = await orderAccess(id);
  const store = await loadFromStore("order", async (medusa, region) => {
    const [order, payment] = await Promise.all([getOrder(medusa, id, access), getOrderPayment(medusa, id, access)]);
    return { order, payment, products: order ? await getLineProducts(medusa, order, region.id) : new Map() };
  });
  if (store.status !== "ready") {
    return (
      <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: { pathname: "/orders/[id]", params: { id } }, locale })} />
    );
  }
  const { order, payment, products } = store.data;
  if (!order) notFound();
  const transfer = payment?.bank_transfer;
  // Drawn here, on the server: the phone gets an SVG, not a QR library.
  const qrSvg = transfer ? await QRCode.toString(transfer.payload, { type: "svg", errorCorrectionLevel: "M", margin: 2 }) : null;
  // Placing the order forgot the cart: the header's badge empties with this page, not a request later.
  const cartSpent = !(await getCartId());
  return (
    <>
      {cartSpent && <AnnounceCartCount count={0} label={(await getTranslations({ locale, namespace: "HeaderCart" }))("cartCount", { count: 0 })} />}
      <OrderConfirmation
        order={order}
        products={products}
        payment={payment}
        qrSvg={qrSvg}
        reloadHref={getPathname({ href: { pathname: "/orders/[id]", params: { id } }, locale })}
      />
    </>
  );
}
