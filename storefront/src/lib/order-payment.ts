// An order's payment as the confirmation page shows it (GET /store/orders/:id/payment): its state
// and, for a VietQR order, the transfer to make. Nothing of the buyer is in it.
import type { OrderAccess } from "./order-access";
import { isRefusal, type StoreClient } from "./store-api";

export type OrderPaymentState = "awaiting" | "authorized" | "paid" | "refunded" | "canceled";

export type BankTransfer = {
  bank_name: string;
  account_name: string;
  account_number: string;
  amount: number;
  reference: string;
  /** The NAPAS VietQR payload the code is drawn from. */
  payload: string;
  /** When the order is cancelled if no transfer came (ISO time). */
  pay_by: string;
};

export type OrderPayment = {
  order_id: string;
  provider_id: string | null;
  state: OrderPaymentState;
  amount: number;
  bank_transfer: BankTransfer | null;
};

/** As the order itself: null when there is no such order or it is not this buyer's. */
export async function getOrderPayment(medusa: StoreClient, orderId: string, access: OrderAccess): Promise<OrderPayment | null> {
  try {
    const { payment } = await medusa.fetch<{ payment: OrderPayment }>(`/store/orders/${encodeURIComponent(orderId)}/payment`, access);
    return payment;
  } catch (error) {
    if (isRefusal(error, 404) || isRefusal(error, 400)) return null;
    throw error;
  }
}
