/**
 * An order's payments as Query reads them, in one shape: the checkout's confirmation, the capture of
 * cash on delivery, a refusal at the door and the settling of a bank transfer all ask the same
 * questions of them (which provider, captured, cancelled, how much).
 */

/** The fields of an order's payments under `payment_collections.payments`. */
export const ORDER_PAYMENT_FIELDS = [
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.data",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.refunds.amount",
]

export type OrderPaymentRow = {
  id: string
  provider_id: string
  amount: unknown
  data?: Record<string, unknown> | null
  captured_at?: string | Date | null
  canceled_at?: string | Date | null
  refunds?: ({ amount: unknown } | null)[] | null
}

export type WithPayments = { payment_collections?: ({ payments?: (OrderPaymentRow | null)[] | null } | null)[] | null }

/** Every payment of the order, in its collections' order, without the gaps Query leaves for removed links. */
export function paymentsOf(order: WithPayments): OrderPaymentRow[] {
  return (order.payment_collections ?? []).flatMap((collection) => (collection?.payments ?? []).flatMap((payment) => (payment ? [payment] : [])))
}

/** The order's payment by `providerId` still waiting for its money: neither captured nor cancelled. */
export function awaitingPayment(order: WithPayments, providerId: string): OrderPaymentRow | null {
  return paymentsOf(order).find((payment) => payment.provider_id === providerId && !payment.captured_at && !payment.canceled_at) ?? null
}
