import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Badge, Button, Container, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { adminApi } from "../../lib/admin-api"
import { PageIntro, useAdminRead } from "../../lib/admin-page"
import { vietnamTime, vnd } from "../../lib/format"

type BankTransfer = {
  id: string
  service: string
  transaction_id: string
  amount: number
  description: string
  reference: string | null
  received_at: string
  outcome: "paid" | "amount_mismatch" | "unknown_reference" | "already_paid" | "order_canceled"
  order_id: string | null
  resolved_at: string | null
  resolution: string | null
}

const OUTCOME: Record<BankTransfer["outcome"], { label: string; color: "green" | "orange" | "red" | "grey" }> = {
  paid: { label: "Paid its order", color: "green" },
  amount_mismatch: { label: "Wrong amount", color: "orange" },
  unknown_reference: { label: "No order has this reference", color: "red" },
  already_paid: { label: "Order was already paid", color: "orange" },
  order_canceled: { label: "Order was cancelled", color: "red" },
}

/** One transfer to settle: match it to the order it was meant for, or record that it went back. */
function ResolveForm({ transfer, onResolved }: { transfer: BankTransfer; onResolved: () => void }) {
  const [orderId, setOrderId] = useState(transfer.order_id ?? "")
  const [note, setNote] = useState("")
  const [busy, setBusy] = useState(false)
  const resolve = async (body: Record<string, string>) => {
    setBusy(true)
    try {
      await adminApi(`/admin/bank-transfers/${transfer.id}/resolve`, { method: "POST", body })
      toast.success("The transfer is settled.")
      onResolved()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const match = (event: FormEvent) => {
    event.preventDefault()
    resolve({ resolution: "matched", order_id: orderId.trim(), ...(note.trim() ? { note: note.trim() } : {}) })
  }
  return (
    <form onSubmit={match} className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <Label htmlFor={`order-${transfer.id}`} size="xsmall">
          Order id
        </Label>
        <Input id={`order-${transfer.id}`} size="small" value={orderId} onChange={(event) => setOrderId(event.target.value)} placeholder="order_…" />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`note-${transfer.id}`} size="xsmall">
          Note or refund reference
        </Label>
        <Input id={`note-${transfer.id}`} size="small" value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <Button size="small" type="submit" disabled={busy || !orderId.trim()}>
        Match to order
      </Button>
      <Button size="small" variant="secondary" type="button" disabled={busy || !note.trim()} onClick={() => resolve({ resolution: "refunded", note: note.trim() })}>
        Mark refunded
      </Button>
    </form>
  )
}

/**
 * The bank transfers that paid nothing by themselves (a wrong amount, a reference no order has, an
 * order already paid or cancelled), for the operator to settle by hand.
 */
export default function BankTransfersPage() {
  const { data, problem, reload: load } = useAdminRead<{ bank_transfers: BankTransfer[] }>("/admin/bank-transfers?to_resolve=true&limit=100")
  const transfers = data?.bank_transfers

  return (
    <Container className="divide-y p-0">
      <PageIntro title="Bank transfers to resolve" problem={problem}>
        VietQR transfers the bank reported that paid no order by themselves. Match one to the order it was meant for (its payment is then
        captured), or refund it and record the bank's reference.
      </PageIntro>
      {transfers && transfers.length === 0 && <Text className="px-6 py-4">Nothing to resolve: every transfer paid its order.</Text>}
      {transfers && transfers.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Received</Table.HeaderCell>
              <Table.HeaderCell>Amount</Table.HeaderCell>
              <Table.HeaderCell>Description</Table.HeaderCell>
              <Table.HeaderCell>Why</Table.HeaderCell>
              <Table.HeaderCell>Settle</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {transfers.map((transfer) => (
              <Table.Row key={transfer.id}>
                <Table.Cell>
                  {vietnamTime(transfer.received_at)}
                  <br />
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {transfer.service} · {transfer.transaction_id}
                  </Text>
                </Table.Cell>
                <Table.Cell>{vnd(transfer.amount)}</Table.Cell>
                <Table.Cell className="max-w-xs whitespace-normal break-words">{transfer.description}</Table.Cell>
                <Table.Cell>
                  <Badge color={OUTCOME[transfer.outcome].color}>{OUTCOME[transfer.outcome].label}</Badge>
                </Table.Cell>
                <Table.Cell>
                  <ResolveForm transfer={transfer} onResolved={load} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Bank transfers", icon: CurrencyDollar })
