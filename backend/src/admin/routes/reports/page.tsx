import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Badge, Button, Input, Label, Table, Tabs, Text } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { PageIntro, useAdminRead } from "../../lib/admin-page"
import { vietnamDay, vietnamTime, vnd } from "../../lib/format"

type Figures = { units: number; gross: number; refunds: number; net: number; commission: number }
type SalesReport = { period: { from: string; to: string }; by: Grouping; groups: (Figures & { key: string; label: string })[]; totals: Figures }
type ShowroomDay = {
  showroom_id: string
  showroom_name: string | null
  day: string
  shifts: number
  open_shifts: number
  sales_count: number
  cash: number
  vietqr: number
  vietqr_pending: number
  returns: number
  net: number
}
type ExpiringCertificate = {
  id: string
  decision_number: string
  star_rating: number
  valid_until: string
  days_left: number
  renewed: boolean
  product: { id: string; title: string } | null
  producer: { id: string; name: string } | null
}
type ToDo = {
  pending_producers: { count: number; producers: { id: string; name: string; kind: string; province_name: string | null; created_at: string }[] }
  transfers_to_resolve: { count: number; transfers: { id: string; amount: number; reference: string | null; description: string; outcome: string; received_at: string }[] }
}

const GROUPINGS = [
  { value: "province", label: "Province" },
  { value: "industry", label: "Industry" },
  { value: "star", label: "Star" },
  { value: "producer", label: "Producer" },
] as const
type Grouping = (typeof GROUPINGS)[number]["value"]

const PRESETS = [
  { value: "this_month", label: "This month" },
  { value: "last_month", label: "Last month" },
  { value: "this_year", label: "This year" },
] as const

const VIEWS = [
  { value: "sales", label: "Sales" },
  { value: "showrooms", label: "Showrooms' days" },
  { value: "certificates", label: "Expiring certificates" },
  { value: "to-do", label: "To do" },
] as const
type View = (typeof VIEWS)[number]["value"]

/** A refusal of the reports' API, said where the figures would be. */
function Problem({ problem }: { problem: string | null }) {
  return problem ? (
    <Text className="px-6 py-2 text-ui-fg-error" role="alert">
      {problem}
    </Text>
  ) : null
}

/**
 * The URL's parameters as they are now, not as the last render saw them: a tab clicked right after
 * "Show" must keep the period "Show" just set, though the page has not drawn it yet.
 */
function latestParams(): URLSearchParams {
  return new URLSearchParams(window.location.search)
}

/** Tabs whose choice is a search parameter of the page's URL; they scroll sideways rather than wrap on a phone. */
function UrlTabs<V extends string>({ param, choices, fallback }: { param: string; choices: readonly { value: V; label: string }[]; fallback: V }) {
  const [params, setParams] = useSearchParams()
  return (
    <div className="max-w-full overflow-x-auto">
      <Tabs
        value={params.get(param) ?? fallback}
        onValueChange={(value) => {
          const next = latestParams()
          next.set(param, value)
          setParams(next)
        }}
      >
        <Tabs.List className="w-max">
          {choices.map((choice) => (
            <Tabs.Trigger key={choice.value} value={choice.value} className="whitespace-nowrap">
              {choice.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs>
    </div>
  )
}

/** The period the URL asks for, as the reports' query string: a quick choice or from–to; nothing is this month (the backend's rule). */
function periodQuery(params: URLSearchParams): string {
  const from = params.get("from")
  const to = params.get("to")
  if (from || to) return new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) }).toString()
  return `preset=${params.get("preset") ?? "this_month"}`
}

/** Quick choices and a from–to of Vietnam's days; the chosen period lives in the URL, so a report can be shared and reloaded. */
function PeriodPicker({ period }: { period: { from: string; to: string } | null }) {
  const [params, setParams] = useSearchParams()
  const [from, setFrom] = useState(params.get("from") ?? "")
  const [to, setTo] = useState(params.get("to") ?? "")
  const choose = (change: (next: URLSearchParams) => void) => {
    const next = latestParams()
    next.delete("preset")
    next.delete("from")
    next.delete("to")
    change(next)
    setParams(next)
  }
  const apply = (event: FormEvent) => {
    event.preventDefault()
    choose((next) => {
      if (from) next.set("from", from)
      if (to) next.set("to", to)
    })
  }
  const preset = params.get("from") || params.get("to") ? null : (params.get("preset") ?? "this_month")
  return (
    <div className="flex flex-col gap-3 px-6 py-4">
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">Quick periods</legend>
        {PRESETS.map((choice) => (
          <Button
            key={choice.value}
            size="small"
            variant={preset === choice.value ? "primary" : "secondary"}
            aria-pressed={preset === choice.value}
            onClick={() => {
              setFrom("")
              setTo("")
              choose((next) => next.set("preset", choice.value))
            }}
          >
            {choice.label}
          </Button>
        ))}
      </fieldset>
      <form onSubmit={apply} className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="report-from" size="xsmall">
            From (Vietnam day)
          </Label>
          <Input id="report-from" type="date" size="small" value={from} onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="report-to" size="xsmall">
            To (included)
          </Label>
          <Input id="report-to" type="date" size="small" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
        <Button size="small" type="submit" variant="secondary" disabled={!from && !to}>
          Show
        </Button>
      </form>
      {period && (
        <Text size="small" aria-live="polite">
          Period: {vietnamDay(`${period.from}T00:00:00+07:00`)} – {vietnamDay(`${period.to}T00:00:00+07:00`)}
        </Text>
      )}
    </div>
  )
}

/** Net sales per group as horizontal bars: one image with a title and a description for a screen reader, which the table beside it spells out. */
function SalesChart({ report, title }: { report: SalesReport; title: string }) {
  const groups = report.groups.slice(0, 12)
  const largest = Math.max(1, ...groups.map((group) => Math.max(0, group.net)))
  const rowHeight = 44
  // No viewBox: the labels keep their size on a phone, and each bar is a share of the width there is.
  return (
    <svg role="img" aria-labelledby="sales-chart-title sales-chart-desc" width="100%" height={groups.length * rowHeight} className="max-w-3xl">
      <title id="sales-chart-title">{title}</title>
      <desc id="sales-chart-desc">
        Net sales (gross less refunds) of the {groups.length} largest groups; the table below gives every figure.
      </desc>
      {groups.map((group, index) => {
        const share = (Math.max(0, group.net) / largest) * 100
        const y = index * rowHeight
        return (
          <g key={group.key}>
            <title>{`${group.label}: ${vnd(group.net)}`}</title>
            <text x={0} y={y + 14} fontSize={13} className="fill-ui-fg-base">
              {group.label} · {vnd(group.net)}
            </text>
            <rect x={0} y={y + 20} width={`${Math.max(share, 0.5)}%`} height={18} rx={3} className="fill-ui-tag-blue-icon" />
          </g>
        )
      })}
    </svg>
  )
}

function SalesView({ query }: { query: string }) {
  const [params] = useSearchParams()
  const by = (params.get("by") as Grouping | null) ?? "province"
  const path = `/admin/reports/sales?by=${by}&${query}`
  const { data, problem } = useAdminRead<SalesReport>(path)
  const grouping = GROUPINGS.find((choice) => choice.value === by)?.label ?? "Province"
  return (
    <>
      <PeriodPicker period={data?.period ?? null} />
      <Problem problem={problem} />
      <Text size="small" className="px-6 py-2 text-ui-fg-subtle">
        Sales are the producers' ledger: every paid order line, online and at the showrooms' counters, on the Vietnam day it was paid, less
        the refunds and returns given in the period. Units are the packs sold; gross is what the lines brought, net is gross less refunds;
        commission is the platform's share of the net. A product counts under its producer's province, its product set's industry and the
        star of its certificate in force on the period's last day (today, if the period ends later).
      </Text>
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-3">
        <UrlTabs param="by" fallback="province" choices={GROUPINGS.map((choice) => ({ value: choice.value, label: `By ${choice.label.toLowerCase()}` }))} />
        <a href={`/admin/reports/sales/export?by=${by}&${query}`} download className="txt-compact-small-plus text-ui-fg-interactive underline">
          Download CSV (Excel)
        </a>
      </div>
      {data && data.groups.length === 0 && <Text className="px-6 py-4">No paid line and no refund in this period.</Text>}
      {data && data.groups.length > 0 && (
        <>
          <div className="px-6 py-4">
            <SalesChart report={data} title={`Net sales by ${grouping.toLowerCase()}`} />
          </div>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{grouping}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Units</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Gross</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Refunds</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Net</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Commission</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {[...data.groups, { key: "total", label: "Total", ...data.totals }].map((group) => (
                  <Table.Row key={group.key} className={group.key === "total" ? "font-medium" : undefined}>
                    <Table.Cell>{group.label}</Table.Cell>
                    <Table.Cell className="text-right">{group.units}</Table.Cell>
                    <Table.Cell className="text-right">{vnd(group.gross)}</Table.Cell>
                    <Table.Cell className="text-right">{vnd(group.refunds)}</Table.Cell>
                    <Table.Cell className="text-right">{vnd(group.net)}</Table.Cell>
                    <Table.Cell className="text-right">{vnd(group.commission)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </>
  )
}

function ShowroomsView({ query }: { query: string }) {
  const { data, problem } = useAdminRead<{ period: { from: string; to: string }; days: ShowroomDay[] }>(`/admin/reports/showroom-days?${query}`)
  return (
    <>
      <PeriodPicker period={data?.period ?? null} />
      <Problem problem={problem} />
      <Text size="small" className="px-6 py-2 text-ui-fg-subtle">
        Each showroom's counter per Vietnam day: sales made that day with the cash and the VietQR transfers received (those still awaited
        apart), returns paid back that day (whole refunds included), and net = cash + VietQR − returns.
      </Text>
      {data && data.days.length === 0 && <Text className="px-6 py-4">No shift and no sale at any showroom in this period.</Text>}
      {data && data.days.length > 0 && (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Day</Table.HeaderCell>
                <Table.HeaderCell>Showroom</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Sales</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Cash</Table.HeaderCell>
                <Table.HeaderCell className="text-right">VietQR</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Returns</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Net</Table.HeaderCell>
                <Table.HeaderCell>Shifts</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.days.map((day) => (
                <Table.Row key={`${day.showroom_id}-${day.day}`}>
                  <Table.Cell>{vietnamDay(`${day.day}T00:00:00+07:00`)}</Table.Cell>
                  <Table.Cell>{day.showroom_name ?? day.showroom_id}</Table.Cell>
                  <Table.Cell className="text-right">{day.sales_count}</Table.Cell>
                  <Table.Cell className="text-right">{vnd(day.cash)}</Table.Cell>
                  <Table.Cell className="text-right">
                    {vnd(day.vietqr)}
                    {day.vietqr_pending > 0 && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {vnd(day.vietqr_pending)} awaited
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right">{vnd(day.returns)}</Table.Cell>
                  <Table.Cell className="text-right">{vnd(day.net)}</Table.Cell>
                  <Table.Cell>
                    {day.shifts}
                    {day.open_shifts > 0 && (
                      <Badge size="2xsmall" color="orange" className="ml-2">
                        {day.open_shifts} open
                      </Badge>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </>
  )
}

function CertificatesView() {
  const { data, problem } = useAdminRead<{ within_days: number; certificates: ExpiringCertificate[] }>("/admin/reports/certificates-expiring")
  return (
    <>
      <Problem problem={problem} />
      <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
        Verified certificates whose valid-until day is within the next {data?.within_days ?? 90} days, soonest first. "Renewed": a later verified
        certificate of the product runs past it.
      </Text>
      {data && data.certificates.length === 0 && <Text className="px-6 py-4">No certificate expires in the next {data.within_days} days.</Text>}
      {data && data.certificates.length > 0 && (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Product</Table.HeaderCell>
                <Table.HeaderCell>Producer</Table.HeaderCell>
                <Table.HeaderCell>Decision</Table.HeaderCell>
                <Table.HeaderCell>Valid until</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Days left</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.certificates.map((certificate) => (
                <Table.Row key={certificate.id}>
                  <Table.Cell>
                    {certificate.product ? <Link to={`/products/${certificate.product.id}`}>{certificate.product.title}</Link> : "(product removed)"}
                  </Table.Cell>
                  <Table.Cell>{certificate.producer?.name ?? "—"}</Table.Cell>
                  <Table.Cell>
                    {certificate.decision_number} · {certificate.star_rating}★
                  </Table.Cell>
                  <Table.Cell>{vietnamDay(`${certificate.valid_until}T00:00:00+07:00`)}</Table.Cell>
                  <Table.Cell className="text-right">
                    <Badge size="2xsmall" color={certificate.renewed ? "green" : certificate.days_left <= 30 ? "red" : "orange"}>
                      {certificate.renewed ? `${certificate.days_left} · renewed` : certificate.days_left}
                    </Badge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </>
  )
}

function ToDoView() {
  const { data, problem } = useAdminRead<ToDo>("/admin/reports/to-do")
  return (
    <>
      <Problem problem={problem} />
      {data && (
        <div className="grid gap-6 px-6 py-4 md:grid-cols-2">
          <section aria-labelledby="pending-producers">
            <Text id="pending-producers" weight="plus">
              Producers pending approval: {data.pending_producers.count}
            </Text>
            <ul className="my-2 flex flex-col gap-1">
              {data.pending_producers.producers.map((producer) => (
                <li key={producer.id}>
                  <Text size="small">
                    {producer.name} · {producer.province_name ?? "—"} · registered {vietnamTime(producer.created_at)}
                  </Text>
                </li>
              ))}
            </ul>
            <Link to="/producers" className="txt-compact-small-plus text-ui-fg-interactive underline">
              Review them on the Producers page
            </Link>
          </section>
          <section aria-labelledby="transfers-to-resolve">
            <Text id="transfers-to-resolve" weight="plus">
              Bank transfers to resolve: {data.transfers_to_resolve.count}
            </Text>
            <ul className="my-2 flex flex-col gap-1">
              {data.transfers_to_resolve.transfers.map((transfer) => (
                <li key={transfer.id}>
                  <Text size="small">
                    {vnd(transfer.amount)} · {transfer.reference ?? transfer.description} · {transfer.outcome.replace(/_/g, " ")} · {vietnamTime(transfer.received_at)}
                  </Text>
                </li>
              ))}
            </ul>
            <Link to="/bank-transfers" className="txt-compact-small-plus text-ui-fg-interactive underline">
              Resolve them on the Bank transfers page
            </Link>
          </section>
        </div>
      )}
    </>
  )
}

/**
 * The programme office's reports: what sells where over a period (and as a CSV for Excel), the
 * showrooms' days, certificates about to expire, and what waits for the office.
 */
export default function ReportsPage() {
  const [params] = useSearchParams()
  const view = (params.get("view") as View | null) ?? "sales"
  const query = periodQuery(params)
  return (
    <div className="flex flex-col divide-y rounded-lg bg-ui-bg-base shadow-elevation-card-rest">
      <PageIntro title="Reports for the programme office">
        What sells where over a period (and as a CSV file for Excel), the showrooms' end-of-day totals, certificates about to expire, and what
        waits for the office.
      </PageIntro>
      <div className="px-6 py-3">
        <UrlTabs param="view" fallback="sales" choices={VIEWS} />
      </div>
      {view === "sales" && <SalesView query={query} />}
      {view === "showrooms" && <ShowroomsView query={query} />}
      {view === "certificates" && <CertificatesView />}
      {view === "to-do" && <ToDoView />}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Reports", icon: ChartBar })
