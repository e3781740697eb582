import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificatesDueForWarning, warnExpiringCertificateWorkflow } from "../workflows/warn-expiring-certificate"

/** Each morning: the owners of a producer whose verified certificate expires within 60 days are warned, once per certificate. */
export default async function warnExpiringCertificates(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const certificate of await certificatesDueForWarning(container)) {
    try {
      await warnExpiringCertificateWorkflow(container).run({ input: certificate })
    } catch (error) {
      // One certificate that cannot be marked must not keep the other producers from their warning.
      logger.warn(`The expiry warning of certificate ${certificate.certificate_id} could not be sent: ${(error as Error).message}`)
    }
  }
}

// 07:00 in Vietnam (UTC+7), when an office opens its mail.
export const config = { name: "warn-expiring-certificates", schedule: "0 0 * * *" }
