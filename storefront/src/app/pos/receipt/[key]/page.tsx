// A sale's receipt for 80 mm paper, read from the counter's own device (the sale may not be sent yet).
import { Receipt } from "@/modules/pos/receipt";

export const metadata = { title: "Hoá đơn bán hàng" };

export default async function ReceiptPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  return <Receipt saleKey={key} />;
}
