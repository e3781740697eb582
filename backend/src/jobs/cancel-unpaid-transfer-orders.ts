import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelUnpaidTransferOrderWorkflow, unpaidTransferOrders } from "../workflows/cancel-unpaid-transfer-orders"

/** Every quarter hour: VietQR orders left unpaid past the window (BANK_TRANSFER_WINDOW_HOURS, 24 h) are cancelled. */
export default async function cancelUnpaidTransferOrders(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const order of await unpaidTransferOrders(container)) {
    try {
      await cancelUnpaidTransferOrderWorkflow(container).run({ input: order })
      logger.info(`Order ${order.id} was cancelled: its bank transfer did not arrive in time.`)
    } catch (error) {
      // One order that cannot be cancelled (say, being fulfilled) must not keep the others waiting.
      logger.warn(`Order ${order.id} could not be cancelled for want of payment: ${(error as Error).message}`)
    }
  }
}

export const config = { name: "cancel-unpaid-transfer-orders", schedule: "*/15 * * * *" }
