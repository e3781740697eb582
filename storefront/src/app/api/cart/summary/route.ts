// GET /api/cart/summary: the number of packs in this browser's cart, for the header's cart link.
// Asked after hydration, so pages that show the header stay static.
import { type NextRequest, NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { CART_LINE_FIELDS, cartItemCount, getCart } from "@/lib/cart";
import { sessionToken } from "@/lib/customer";
import { getMedusa } from "@/lib/medusa";

/** `?locale=` words the link's label in the buyer's language (Vietnamese otherwise). */
export async function GET(request: NextRequest) {
  const noStore = { "cache-control": "private, no-store" };
  const requested = request.nextUrl.searchParams.get("locale");
  const locale = routing.locales.find((known) => known === requested) ?? routing.defaultLocale;
  const medusa = await getMedusa();
  if (!medusa) return NextResponse.json({ count: null }, { headers: noStore });
  try {
    const count = cartItemCount(await getCart(medusa, await sessionToken(), CART_LINE_FIELDS));
    const t = await getTranslations({ locale, namespace: "HeaderCart" });
    return NextResponse.json({ count, label: t("cartCount", { count }) }, { headers: noStore });
  } catch {
    // The header shows the link without a number; the cart page says what is wrong.
    return NextResponse.json({ count: null }, { headers: noStore });
  }
}
