/**
 * Bank transfer by VietQR (chuyển khoản ngân hàng): the buyer scans a code made for the order with
 * any Vietnamese bank app, which fills in the shop's account, the exact amount and the order's
 * reference. The order is placed first (authorized = awaiting the transfer); a signed notification
 * from the bank-notification service captures it (workflows/record-bank-transfer.ts), and an order
 * left unpaid past the window is cancelled (jobs/cancel-unpaid-transfers.ts).
 */
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  RefundPaymentInput,
  RefundPaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
} from "@medusajs/framework/types"
import { MathBN, MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import { newTransferReference } from "@ocop/domain/transfer-reference"
import { OfflinePaymentProvider, wholeDong } from "../../lib/offline-payment-provider"
import { paymentSettings } from "../../lib/payment-settings"

/** What the session and the payment keep: the reference the transfer must carry, and its amount. */
export type BankTransferData = {
  reference: string
  amount_due: number
  currency_code: "vnd"
  authorized_at?: string
  /** The bank notification that paid it: its service and transaction id. */
  paid_by?: { service: string; transaction_id: string }
  paid_at?: string
  refunded_amount?: number
  refunds?: { amount: number; bank_reference?: string; at: string }[]
  canceled_at?: string
}

function assertAccountConfigured() {
  if (!paymentSettings().bankAccount) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Bank transfer is not available: the shop has no bank account set up for VietQR. Choose another way to pay.",
      ERROR_CODES.paymentNotAvailable,
    )
  }
}

class VietQrProviderService extends OfflinePaymentProvider {
  static override identifier = "vietqr"

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    assertAccountConfigured()
    const reference = newTransferReference()
    const data: BankTransferData = { reference, amount_due: wholeDong(input.amount, input.currency_code, "A VietQR transfer"), currency_code: "vnd" }
    return { id: reference, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = { ...(input.data as BankTransferData), amount_due: wholeDong(input.amount, input.currency_code, "A VietQR transfer") }
    return { data, status: PaymentSessionStatus.PENDING }
  }

  /** Placing the order is the buyer's promise to transfer; the money is awaited, not yet there. */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    assertAccountConfigured()
    return { data: { ...input.data, authorized_at: new Date().toISOString() }, status: PaymentSessionStatus.AUTHORIZED }
  }

  /** Called once a matching notification arrived: it records which one paid. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const data = input.data as BankTransferData
    return { data: { ...data, paid_at: data.paid_at ?? new Date().toISOString() } }
  }

  /** The shop transfers the money back by hand; the operator records it with the bank's reference. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = input.data as BankTransferData
    const amount = MathBN.convert(input.amount).toNumber()
    return {
      data: {
        ...data,
        refunded_amount: (data.refunded_amount ?? 0) + amount,
        refunds: [...(data.refunds ?? []), { amount, at: new Date().toISOString() }],
      },
    }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = (input.data ?? {}) as Partial<BankTransferData>
    if (data.canceled_at) return { status: PaymentSessionStatus.CANCELED, data: input.data }
    if (data.paid_at) return { status: PaymentSessionStatus.CAPTURED, data: input.data }
    if (data.authorized_at) return { status: PaymentSessionStatus.AUTHORIZED, data: input.data }
    return { status: PaymentSessionStatus.PENDING, data: input.data }
  }
}

export default VietQrProviderService
