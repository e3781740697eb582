/**
 * The ways a cart can be paid, and the state of an order's payment, as the checkout and the
 * confirmation page show them. Each provider the region enables is a choice; one the cart cannot
 * use (cash on delivery above the ceiling, VietQR without a bank account) is listed as unavailable
 * with the reason and its code, so the buyer is told why and what to use instead.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES, type ErrorCode } from "@ocop/domain/errors"
import { formatVnd } from "@ocop/domain/money"
import { encodeVietQr } from "@ocop/domain/vietqr"
import { ORDER_PAYMENT_FIELDS, paymentsOf, type WithPayments } from "./order-payments"
import { paymentSettings } from "./payment-settings"
import { CARD_STRIPE_PROVIDER_ID, CASH_ON_DELIVERY_PROVIDER_ID, VIETQR_PROVIDER_ID } from "./store-setup"

export type PaymentChoice = {
  provider_id: string
  available: boolean
  /** Why it cannot be used for this cart, and what to do instead. */
  unavailable_reason: string | null
  code: ErrorCode | null
  /** The most this way takes, in whole đồng (cash on delivery's ceiling), or null for no limit. */
  limit_vnd: number | null
}

type CartRow = { id: string; total?: unknown; region?: { payment_providers?: ({ id: string; is_enabled?: boolean } | null)[] | null } | null }

export async function cartPaymentChoices(container: MedusaContainer, cartId: string): Promise<PaymentChoice[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "total", "region.payment_providers.id", "region.payment_providers.is_enabled"],
    filters: { id: cartId },
  })
  const cart = data[0] as CartRow | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cart ${cartId} was found; it may have been ordered already.`)
  const total = Number(cart.total ?? 0)
  const settings = paymentSettings()
  return (cart.region?.payment_providers ?? []).flatMap((provider): PaymentChoice[] => {
    if (!provider || provider.is_enabled === false) return []
    if (provider.id === CASH_ON_DELIVERY_PROVIDER_ID) {
      const limit_vnd = settings.codCeilingVnd
      if (total <= limit_vnd) return [{ provider_id: provider.id, available: true, unavailable_reason: null, code: null, limit_vnd }]
      return [
        {
          provider_id: provider.id,
          available: false,
          unavailable_reason: `Cash on delivery is offered for orders up to ${formatVnd(limit_vnd)}; pay this one by bank transfer (VietQR) or card.`,
          code: ERROR_CODES.codAboveCeiling,
          limit_vnd,
        },
      ]
    }
    if (provider.id === VIETQR_PROVIDER_ID && !settings.bankAccount) {
      return [
        {
          provider_id: provider.id,
          available: false,
          unavailable_reason: "Bank transfer is not set up in this shop.",
          code: ERROR_CODES.paymentNotAvailable,
          limit_vnd: null,
        },
      ]
    }
    return [{ provider_id: provider.id, available: true, unavailable_reason: null, code: null, limit_vnd: null }]
  })
}

/** Where to send a VietQR transfer of `amount` carrying `reference`, and the code that fills it in: web orders and counter sales alike. */
export type BankTransferInstructions = {
  bank_name: string
  account_name: string
  account_number: string
  amount: number
  reference: string
  /** The NAPAS VietQR payload (EMVCo) to draw as a QR code. */
  payload: string
}

/** The transfer to make to the shop's account, or null where the shop has no account for VietQR. */
export function bankTransferInstructions(amount: number, reference: string): BankTransferInstructions | null {
  const account = paymentSettings().bankAccount
  if (!account) return null
  return {
    bank_name: account.bankName,
    account_name: account.accountName,
    account_number: account.accountNumber,
    amount,
    reference,
    payload: encodeVietQr({ bin: account.bin, accountNumber: account.accountNumber, amount, purpose: reference }),
  }
}

/** "authorized": a card is held and charged when the operator captures it; "awaiting": cash or a transfer still to come. */
export type OrderPaymentState = "awaiting" | "authorized" | "paid" | "refunded" | "canceled"

export type OrderPayment = {
  order_id: string
  provider_id: string | null
  state: OrderPaymentState
  amount: number
  /** For an order paid by VietQR: where to send the money, and the code that fills it in. */
  bank_transfer: (BankTransferInstructions & { pay_by: string }) | null
}

type OrderRow = WithPayments & {
  id: string
  status: string
  created_at: string | Date
  total?: unknown
}

/** The state of an order's payment, and for a VietQR order still awaiting it, the transfer to make. */
export async function orderPayment(container: MedusaContainer, orderId: string): Promise<OrderPayment> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "status", "created_at", "total", ...ORDER_PAYMENT_FIELDS],
    filters: { id: orderId },
  })
  const order = data[0] as OrderRow | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order ${orderId} was found.`)
  const payment = paymentsOf(order)[0] ?? null
  const amount = Number(payment?.amount ?? order.total ?? 0)
  const refunded = (payment?.refunds ?? []).reduce((sum, refund) => sum + Number(refund?.amount ?? 0), 0)
  const state: OrderPaymentState =
    order.status === "canceled" || payment?.canceled_at
      ? "canceled"
      : refunded > 0 && refunded >= amount
        ? "refunded"
        : payment?.captured_at
          ? "paid"
          : payment?.provider_id === CARD_STRIPE_PROVIDER_ID
            ? "authorized"
            : "awaiting"
  const reference = typeof payment?.data?.reference === "string" ? payment.data.reference : null
  const instructions = payment?.provider_id === VIETQR_PROVIDER_ID && reference ? bankTransferInstructions(amount, reference) : null
  const bankTransfer = instructions
    ? { ...instructions, pay_by: new Date(new Date(order.created_at).getTime() + paymentSettings().transferWindowHours * 3_600_000).toISOString() }
    : null
  return { order_id: order.id, provider_id: payment?.provider_id ?? null, state, amount, bank_transfer: bankTransfer }
}
