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
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MathBN, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import { newTransferReference } from "@ocop/domain/transfer-reference"
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

function wholeDong(amount: InitiatePaymentInput["amount"], currencyCode: string): number {
  if (currencyCode.toLowerCase() !== "vnd") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A VietQR transfer is in Vietnamese đồng, not ${currencyCode.toUpperCase()}.`)
  }
  const value = MathBN.convert(amount)
  if (!value.isInteger() || !value.isPositive()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A VietQR transfer needs a positive whole number of đồng; ${value.toString()} is not one.`)
  }
  return value.toNumber()
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

class VietQrProviderService extends AbstractPaymentProvider {
  static override identifier = "vietqr"

  constructor(cradle: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(cradle, options)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    assertAccountConfigured()
    const reference = newTransferReference()
    const data: BankTransferData = { reference, amount_due: wholeDong(input.amount, input.currency_code), currency_code: "vnd" }
    return { id: reference, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = { ...(input.data as BankTransferData), amount_due: wholeDong(input.amount, input.currency_code) }
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

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, canceled_at: new Date().toISOString() } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = (input.data ?? {}) as Partial<BankTransferData>
    if (data.canceled_at) return { status: PaymentSessionStatus.CANCELED, data: input.data }
    if (data.paid_at) return { status: PaymentSessionStatus.CAPTURED, data: input.data }
    if (data.authorized_at) return { status: PaymentSessionStatus.AUTHORIZED, data: input.data }
    return { status: PaymentSessionStatus.PENDING, data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  /**
   * Bank notifications come to the project's own routes (/hooks/bank-transfer/:service), which must
   * answer 401 to a bad signature at once; Medusa's hook route answers 200 before anyone checks.
   */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default VietQrProviderService
