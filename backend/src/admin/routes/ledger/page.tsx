import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { Badge, Button, Container, Input, Label, Table, Text, toast } from "@medusajs/ui"
import QRCode from "qrcode"
import { type FormEvent, useEffect, useState } from "react"
import { adminApi } from "../../lib/admin-api"
import { PageIntro, useAdminRead } from "../../lib/admin-page"
import { vietnamDay, vietnamTime, vnd } from "../../lib/format"

type Producer = { id: string; name: string; bank_bin: string | null; bank_account_number: string | null; bank_account_name: string | null }

type Balance = {
  producer_id: string
  producer: Producer | null
  sales: number
  refunds: number
  commission: number
  settled: number
  due: number
  last_entry_at: string | null
}

type Settlement = {
  id: string
  number: number
  amount: number
  period_start: string
  period_end: string
  bank_bin: string
  bank_account_number: string
  bank_account_name: string
  transfer_purpose: string
  vietqr_payload: string
  created_at: string
}

/** Today in Vietnam, "YYYY-MM-DD": the last day a settlement may cover. */
const vietnamToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date())

/** The settlement's VietQR code, for the operator's banking app to scan, with the values to type if it cannot. */
function PayoutCode({ settlement }: { settlement: Settlement }) {
  const [image, setImage] = useState<string | null>(null)
  useEffect(() => {
    QRCode.toDataURL(settlement.vietqr_payload, { errorCorrectionLevel: "M", margin: 2, width: 220 }).then(setImage)
  }, [settlement.vietqr_payload])
  return (
    <div className="flex flex-wrap items-start gap-4 px-6 py-4" aria-live="polite">
      {image && <img src={image} width={220} height={220} alt={`VietQR: ${vnd(settlement.amount)} to ${settlement.bank_account_name}`} />}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt>Settlement</dt>
        <dd>No. {settlement.number}</dd>
        <dt>Amount</dt>
        <dd>{vnd(settlement.amount)}</dd>
        <dt>Bank (NAPAS BIN)</dt>
        <dd>{settlement.bank_bin}</dd>
        <dt>Account</dt>
        <dd>
          {settlement.bank_account_number} · {settlement.bank_account_name}
        </dd>
        <dt>Description</dt>
        <dd>{settlement.transfer_purpose}</dd>
        <dt>Period</dt>
        <dd>
          {vietnamDay(settlement.period_start)} – {vietnamDay(settlement.period_end)}
        </dd>
      </dl>
    </div>
  )
}

/** Settle one producer up to a day: the unsettled entries until then, paid as one transfer. */
function SettleForm({ balance, onSettled }: { balance: Balance; onSettled: (settlement: Settlement) => void }) {
  const [day, setDay] = useState(vietnamToday())
  const [busy, setBusy] = useState(false)
  const hasAccount = Boolean(balance.producer?.bank_bin && balance.producer.bank_account_number && balance.producer.bank_account_name)
  const settle = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const { settlement } = await adminApi<{ settlement: Settlement }>(`/admin/ledger/${balance.producer_id}/settlements`, { method: "POST", body: { period_end: day } })
      toast.success(`Settlement no. ${settlement.number} recorded: pay ${vnd(settlement.amount)} with the code shown.`)
      onSettled(settlement)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  if (!hasAccount) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No bank account yet: record its bank, account number and holder on the producer.
      </Text>
    )
  }
  return (
    <form onSubmit={settle} className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <Label htmlFor={`until-${balance.producer_id}`} size="xsmall">
          Up to the day
        </Label>
        <Input id={`until-${balance.producer_id}`} type="date" size="small" max={vietnamToday()} value={day} onChange={(event) => setDay(event.target.value)} />
      </div>
      <Button size="small" type="submit" disabled={busy || balance.due <= 0 || !day}>
        Settle
      </Button>
    </form>
  )
}

/**
 * Each producer's ledger: what its paid lines brought, less refunds and the platform's commission,
 * what was settled and what is due, and settling it by a VietQR transfer into its bank account.
 */
export default function LedgerPage() {
  const { data, problem, reload } = useAdminRead<{ balances: Balance[] }>("/admin/ledger")
  const [paying, setPaying] = useState<Settlement | null>(null)
  const balances = data?.balances

  return (
    <Container className="divide-y p-0">
      <PageIntro title="Producer ledger and settlements" problem={problem}>
        Every paid line, online or at a showroom, credits its producer with the line's total less the commission (the producer's rate, else
        its industry's, else the default; set at /admin/commission-rates). A refund takes its share back, and one after a settlement is
        carried into the next. Settle a producer to pay what is due by VietQR.
      </PageIntro>
      {paying && <PayoutCode settlement={paying} />}
      {balances && balances.length === 0 && <Text className="px-6 py-4">No paid line yet: the ledger is empty.</Text>}
      {balances && balances.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Producer</Table.HeaderCell>
              <Table.HeaderCell>Sales</Table.HeaderCell>
              <Table.HeaderCell>Refunds</Table.HeaderCell>
              <Table.HeaderCell>Commission</Table.HeaderCell>
              <Table.HeaderCell>Settled</Table.HeaderCell>
              <Table.HeaderCell>Due</Table.HeaderCell>
              <Table.HeaderCell>Settle</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {balances.map((balance) => (
              <Table.Row key={balance.producer_id}>
                <Table.Cell>
                  {balance.producer?.name ?? balance.producer_id}
                  {balance.last_entry_at && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      last entry {vietnamTime(balance.last_entry_at)}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>{vnd(balance.sales)}</Table.Cell>
                <Table.Cell>{vnd(balance.refunds)}</Table.Cell>
                <Table.Cell>{vnd(balance.commission)}</Table.Cell>
                <Table.Cell>{vnd(balance.settled)}</Table.Cell>
                <Table.Cell>
                  <Badge color={balance.due > 0 ? "green" : balance.due < 0 ? "red" : "grey"}>{vnd(balance.due)}</Badge>
                </Table.Cell>
                <Table.Cell>
                  <SettleForm
                    balance={balance}
                    onSettled={(settlement) => {
                      setPaying(settlement)
                      reload()
                    }}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Ledger", icon: Receipt })
