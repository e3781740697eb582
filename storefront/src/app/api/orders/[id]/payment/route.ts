// GET /api/orders/:id/payment: the state of an order's payment, asked by its confirmation page
// while a bank transfer is awaited, so the page turns to paid without a reload. Like the page, it
// answers only the order's buyer (their session or this browser's order token); anyone else gets 404.
import { NextResponse } from "next/server";
import { getMedusa } from "@/lib/medusa";
import { orderAccess } from "@/lib/order-access";
import { getOrderPayment } from "@/lib/order-payment";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const noStore = { "cache-control": "private, no-store" };
  const { id } = await params;
  const medusa = await getMedusa();
  if (!medusa) return NextResponse.json({ state: null }, { status: 503, headers: noStore });
  try {
    const payment = await getOrderPayment(medusa, id, await orderAccess(id));
    if (!payment) return NextResponse.json({ state: null }, { status: 404, headers: noStore });
    return NextResponse.json({ state: payment.state }, { headers: noStore });
  } catch {
    // The page keeps waiting and asks again; the shop being down is not the buyer's to fix.
    return NextResponse.json({ state: null }, { status: 503, headers: noStore });
  }
}
