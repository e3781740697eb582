/**
 * Medusa's /hooks/payment/:provider route answers 200 to every request and checks the signature
 * later in its subscriber, so a forged Stripe webhook changes nothing but is never refused. This
 * middleware refuses it at once (400) by checking the Stripe-Signature over the raw body, which
 * Medusa keeps for /hooks/payment/*.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import Stripe from "stripe"

export function verifyStripeSignature(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const signature = req.headers["stripe-signature"] ?? ""
  try {
    Stripe.webhooks.constructEvent(req.rawBody ?? "", signature, process.env.STRIPE_WEBHOOK_SECRET ?? "")
  } catch {
    return next(
      new MedusaError(MedusaError.Types.INVALID_DATA, "This webhook's Stripe-Signature does not match its body and the shop's webhook secret."),
    )
  }
  next()
}
