// The customer display: a second window of the counter's browser, facing the customer.
import { CustomerDisplay } from "@/modules/pos/customer-display";

export const metadata = { title: "Màn hình khách hàng" };

export default function DisplayPage() {
  return <CustomerDisplay />;
}
