/**
 * Where the bank-notification services (SePay, payOS) report money in: verified over the raw body
 * with the service's secret before anything is read, then recorded by record-bank-transfer. A bad
 * signature gets 401 and changes nothing; every recorded notification, a repeat included, gets 200
 * so the service stops retrying it.
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BankNotificationError, bankNotificationAdapters, isBankNotificationService } from "../../../../lib/bank-notifications"
import { paymentSettings } from "../../../../lib/payment-settings"
import { recordBankTransferWorkflow } from "../../../../workflows/record-bank-transfer"

export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const service = req.params.service ?? ""
  if (!isBankNotificationService(service)) {
    res.status(404).json({ type: "not_found", message: `No bank-notification service is called "${service}"; use sepay or payos.` })
    return
  }
  const secret = paymentSettings().notificationSecrets[service]
  if (!secret) {
    res.status(503).json({
      type: "unavailable",
      message: `Notifications from ${service} are not taken: the shop has no secret for it (set ${service === "sepay" ? "SEPAY_WEBHOOK_SECRET" : "PAYOS_CHECKSUM_KEY"}).`,
    })
    return
  }
  let notification: ReturnType<(typeof bankNotificationAdapters)[typeof service]["verifyAndParse"]>
  try {
    notification = bankNotificationAdapters[service].verifyAndParse(req.rawBody ?? "", req.headers, secret)
  } catch (error) {
    if (!(error instanceof BankNotificationError)) throw error
    if (error.httpStatus === 200) {
      res.status(200).json({ success: true, recorded: false, message: error.message })
      return
    }
    res.status(error.httpStatus).json({ type: error.httpStatus === 401 ? "unauthorized" : "invalid_data", code: error.reason, message: error.message })
    return
  }
  const { result } = await recordBankTransferWorkflow(req.scope).run({ input: notification })
  res.status(200).json({ success: true, recorded: !result.duplicate, outcome: result.outcome })
}
