/**
 * Bank notifications as SePay and payOS send them, signed with node's crypto (not with the code
 * under test), for the backend's tests and the journeys.
 */
import { createHmac } from "node:crypto"
import { DEVELOPMENT_NOTIFICATION_SECRETS } from "../src/lib/payment-settings"

export type SignedNotification = { path: string; body: string; headers: Record<string, string> }

let sequence = 0
const nextId = () => Date.now() * 100 + (sequence++ % 100)

/** An incoming transfer reported by SePay, signed over `${timestamp}.${body}`. */
export function sepayNotification(
  transfer: { amount: number; content: string; id?: number; timestamp?: Date },
  secret: string = DEVELOPMENT_NOTIFICATION_SECRETS.sepay,
): SignedNotification {
  const id = transfer.id ?? nextId()
  const body = JSON.stringify({
    id,
    gateway: "Vietcombank",
    transactionDate: "2026-12-01 14:02:37",
    accountNumber: "1023456789",
    code: null,
    content: transfer.content,
    transferType: "in",
    transferAmount: transfer.amount,
    accumulated: 0,
    subAccount: null,
    referenceCode: `FT${id}`,
    description: `BankAPINotify ${transfer.content}`,
  })
  const timestamp = String(Math.floor((transfer.timestamp ?? new Date()).getTime() / 1000))
  const signature = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")
  return {
    path: "/hooks/bank-transfer/sepay",
    body,
    headers: { "content-type": "application/json", "x-sepay-signature": `sha256=${signature}`, "x-sepay-timestamp": timestamp },
  }
}

/** A paid payment link reported by payOS, signed over its data's sorted key=value pairs. */
export function payosNotification(
  transfer: { amount: number; description: string; reference?: string },
  secret: string = DEVELOPMENT_NOTIFICATION_SECRETS.payos,
): SignedNotification {
  const data: Record<string, string | number> = {
    orderCode: nextId() % 1_000_000,
    amount: transfer.amount,
    description: transfer.description,
    accountNumber: "1023456789",
    reference: transfer.reference ?? `FT${nextId()}`,
    transactionDateTime: "2026-12-01 14:02:37",
    currency: "VND",
    paymentLinkId: "offline-test",
    code: "00",
    desc: "success",
    counterAccountBankId: "",
    counterAccountBankName: "",
    counterAccountName: "",
    counterAccountNumber: "",
    virtualAccountName: "",
    virtualAccountNumber: "",
  }
  const signed = Object.keys(data)
    .sort()
    .map((key) => `${key}=${data[key]}`)
    .join("&")
  const signature = createHmac("sha256", secret).update(signed).digest("hex")
  return {
    path: "/hooks/bank-transfer/payos",
    body: JSON.stringify({ code: "00", desc: "success", success: true, data, signature }),
    headers: { "content-type": "application/json" },
  }
}
