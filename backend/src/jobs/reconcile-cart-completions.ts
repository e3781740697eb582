import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { interruptedCartCompletions, reconcileCartCompletion } from "../workflows/reconcile-cart-completion"

/** Completions younger than this may still be running: they are left to a later pass. */
const STILL_RUNNING_MS = 30_000
/** A cart whose lock is held is being completed: its completion settles it, or a later pass does. */
const LOCK_WAIT_SECONDS = 5

/**
 * Every minute, so also within a minute of a start: the carts whose completion a dead process cut
 * off and that no buyer completed again since are set right (workflows/reconcile-cart-completion.ts),
 * each under the lock completeCartWorkflow takes. Runs in the worker (or the one shared process).
 */
export default async function reconcileCartCompletions(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const locking = container.resolve(Modules.LOCKING)
  const attempts = await interruptedCartCompletions(container, { startedBefore: new Date(Date.now() - STILL_RUNNING_MS) })
  const attemptsByCart = new Map<string, typeof attempts>()
  for (const attempt of attempts) attemptsByCart.set(attempt.cart_id, [...(attemptsByCart.get(attempt.cart_id) ?? []), attempt])
  for (const [cartId, cartAttempts] of attemptsByCart) {
    try {
      const repairs = await locking.execute(cartId, () => reconcileCartCompletion(container, cartId, cartAttempts), { timeout: LOCK_WAIT_SECONDS })
      if (repairs.length) logger.info(`Cart ${cartId}, whose completion was cut off, is settled: ${repairs.join("; ")}.`)
    } catch (error) {
      // One cart that cannot be settled now (being completed, a database hiccup) must not keep the others waiting.
      logger.warn(`Cart ${cartId}, whose completion was cut off, could not be settled yet: ${(error as Error).message}`)
    }
  }
}

export const config = { name: "reconcile-cart-completions", schedule: "* * * * *" }
