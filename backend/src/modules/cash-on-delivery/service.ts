/**
 * Cash on delivery (thanh toán khi nhận hàng): the buyer pays the courier or the showroom counter.
 * Nothing is charged online, so authorizing only records the amount due. The payment is captured
 * when the order's parcels are marked delivered (subscribers/capture-cash-on-delivery.ts); a parcel
 * refused at the door cancels the order, and nothing is captured. Above the ceiling
 * (COD_CEILING_VND, 5.000.000 ₫ by default) cash on delivery is not offered.
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
import { formatVnd } from "@ocop/domain/money"
import { randomUUID } from "node:crypto"
import { OfflinePaymentProvider, wholeDong } from "../../lib/offline-payment-provider"
import { paymentSettings } from "../../lib/payment-settings"

/** What the session keeps: the amount the courier collects, and when it was collected. */
export type CashOnDeliveryData = {
  reference: string
  amount_due: number
  currency_code: string
  authorized_at?: string
  collected_at?: string
  refunded_amount?: number
  canceled_at?: string
}

/** A courier carries at most the ceiling in cash: above it the buyer pays by transfer or card. */
export function assertWithinCodCeiling(amountVnd: number) {
  const { codCeilingVnd } = paymentSettings()
  if (amountVnd > codCeilingVnd) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Cash on delivery is offered for orders up to ${formatVnd(codCeilingVnd)}; this one is ${formatVnd(amountVnd)}. Pay by bank transfer (VietQR) or card instead.`,
      ERROR_CODES.codAboveCeiling,
    )
  }
}

class CashOnDeliveryProviderService extends OfflinePaymentProvider {
  static override identifier = "cod"

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const reference = randomUUID()
    const amountDue = wholeDong(input.amount, input.currency_code, "Cash on delivery", { allowZero: true })
    assertWithinCodCeiling(amountDue)
    const data: CashOnDeliveryData = {
      reference,
      amount_due: amountDue,
      currency_code: input.currency_code.toLowerCase(),
    }
    return { id: reference, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const amountDue = wholeDong(input.amount, input.currency_code, "Cash on delivery", { allowZero: true })
    assertWithinCodCeiling(amountDue)
    const data = { ...(input.data as CashOnDeliveryData), amount_due: amountDue }
    return { data, status: PaymentSessionStatus.PENDING }
  }

  /** The buyer's promise to pay at the door is all there is to authorize; capture waits for the cash. */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    // The cart may have grown since the session was made: the ceiling holds at the order too.
    assertWithinCodCeiling((input.data as CashOnDeliveryData).amount_due)
    return { data: { ...input.data, authorized_at: new Date().toISOString() }, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, collected_at: new Date().toISOString() } }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = input.data as CashOnDeliveryData
    const refunded = MathBN.add(data.refunded_amount ?? 0, input.amount).toNumber()
    return { data: { ...data, refunded_amount: refunded } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = (input.data ?? {}) as Partial<CashOnDeliveryData>
    if (data.canceled_at) return { status: PaymentSessionStatus.CANCELED, data: input.data }
    if (data.collected_at) return { status: PaymentSessionStatus.CAPTURED, data: input.data }
    if (data.authorized_at) return { status: PaymentSessionStatus.AUTHORIZED, data: input.data }
    return { status: PaymentSessionStatus.PENDING, data: input.data }
  }
}

export default CashOnDeliveryProviderService
