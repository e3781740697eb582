// GET /api/cart/summary: the number of packs in this browser's cart, for the header's cart link.
// Asked after hydration, so pages that show the header stay static.
import { NextResponse } from "next/server";
import { CART_LINE_FIELDS, cartItemCount, getCart } from "@/lib/cart";
import { sessionToken } from "@/lib/customer";
import { getMedusa } from "@/lib/medusa";

export async function GET() {
  const noStore = { "cache-control": "private, no-store" };
  const medusa = await getMedusa();
  if (!medusa) return NextResponse.json({ count: null }, { headers: noStore });
  try {
    return NextResponse.json({ count: cartItemCount(await getCart(medusa, await sessionToken(), CART_LINE_FIELDS)) }, { headers: noStore });
  } catch {
    // The header shows the link without a number; the cart page says what is wrong.
    return NextResponse.json({ count: null }, { headers: noStore });
  }
}
