import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import CardPaymentStripeService from "./service"

// Only the card provider: the module Medusa ships also registers Bancontact, BLIK, giropay, iDEAL,
// Przelewy24, PromptPay and OXXO, which no buyer in Việt Nam pays with.
export default ModuleProvider(Modules.PAYMENT, {
  services: [CardPaymentStripeService],
})
