/**
 * What the shop's own ways to pay have in common, where no payment service is called (cash at the
 * door, a bank transfer confirmed by a bank notification): money in whole đồng, cancelling and
 * deleting only record the fact, and no one calls Medusa's payment hook route for them.
 */
import type {
  CancelPaymentInput,
  CancelPaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  InitiatePaymentInput,
  ProviderWebhookPayload,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MathBN, MedusaError, PaymentActions } from "@medusajs/framework/utils"

/** VND has no minor unit: `amount` must be a whole number of đồng (positive unless `allowZero`). */
export function wholeDong(amount: InitiatePaymentInput["amount"], currencyCode: string, method: string, { allowZero = false } = {}): number {
  if (currencyCode.toLowerCase() !== "vnd") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${method} is paid in Vietnamese đồng, not ${currencyCode.toUpperCase()}.`)
  }
  const value = MathBN.convert(amount)
  if (!value.isInteger() || value.isNegative() || (!allowZero && value.isZero())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${method} needs a ${allowZero ? "" : "positive "}whole number of đồng; ${value.toString()} is not one.`)
  }
  return value.toNumber()
}

export abstract class OfflinePaymentProvider extends AbstractPaymentProvider {
  // Public so ModuleProvider accepts the subclasses (the base constructor is protected).
  constructor(cradle: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(cradle, options)
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, canceled_at: new Date().toISOString() } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  /** Medusa's hook route is not for these: cash has no caller, and bank notifications have their own route. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
