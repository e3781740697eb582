import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminApi } from "../lib/admin-api"

type OrderPayment = {
  provider_id: string | null
  state: "awaiting" | "authorized" | "paid" | "refunded" | "canceled"
  amount: number
  bank_transfer: { reference: string; pay_by: string } | null
}

const METHOD: Record<string, string> = {
  pp_cod_cod: "Cash on delivery (COD)",
  pp_vietqr_vietqr: "VietQR bank transfer",
  pp_stripe_stripe: "Card (Stripe)",
}

const STATE: Record<OrderPayment["state"], { color: "green" | "orange" | "red" | "grey"; label: (provider: string | null) => string }> = {
  awaiting: {
    color: "orange",
    label: (provider) =>
      provider === "pp_cod_cod" ? "To collect at the door: captured when every parcel is delivered" : provider === "pp_vietqr_vietqr" ? "Awaiting the transfer" : "Authorised, not captured",
  },
  authorized: { color: "orange", label: () => "Card authorised: capture it to charge the card" },
  paid: { color: "green", label: () => "Paid" },
  refunded: { color: "grey", label: () => "Refunded" },
  canceled: { color: "red", label: () => "Cancelled: nothing captured" },
}

const vietnamTime = (value: string) =>
  new Intl.DateTimeFormat("vi-VN", { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(value))

/** The order's way to pay in the shop's words, and where it stands. */
function OrderPaymentWidget({ data: order }: DetailWidgetProps<AdminOrder>) {
  const [payment, setPayment] = useState<OrderPayment | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    adminApi<{ payment: OrderPayment }>(`/admin/orders/${order.id}/payment`).then(
      ({ payment }) => setPayment(payment),
      (error: Error) => setProblem(error.message),
    )
  }, [order.id])
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Payment (OCOP Market)</Heading>
      </div>
      <div className="flex flex-col gap-2 px-6 py-4">
        {problem && <Text className="text-ui-fg-error">{problem}</Text>}
        {payment && (
          <>
            <Text size="small" weight="plus">
              {payment.provider_id ? (METHOD[payment.provider_id] ?? payment.provider_id) : "No payment"}
            </Text>
            <div>
              <Badge color={STATE[payment.state].color}>{STATE[payment.state].label(payment.provider_id)}</Badge>
            </div>
            {payment.bank_transfer && payment.state === "awaiting" && (
              <Text size="small" className="text-ui-fg-subtle">
                Reference {payment.bank_transfer.reference}; cancelled if unpaid by {vietnamTime(payment.bank_transfer.pay_by)}.
              </Text>
            )}
          </>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderPaymentWidget
