/**
 * The programme office's reports: a period of Vietnam's days, sales grouped by province, industry,
 * star or producer, and CSV files Excel opens with their Vietnamese intact (UTF-8 with a BOM).
 * "Sales" are the producers' ledger entries: paid order lines, online and at showrooms, less refunds.
 */
import { DomainRuleError, ERROR_CODES } from "./errors"
import { todayInVietnam } from "./vietnam-date"

export const SALES_GROUPINGS = ["province", "industry", "star", "producer"] as const
export type SalesGrouping = (typeof SALES_GROUPINGS)[number]

export const PERIOD_PRESETS = ["this_month", "last_month", "this_year"] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

/** How far ahead the programme office's report of expiring certificates looks, in days. */
export const EXPIRING_CERTIFICATES_DAYS = 90

/** How many days a report may cover at most: five years, so one query never reads the whole history by mistake. */
export const MAX_REPORT_DAYS = 5 * 366

/** Days from `from` to `to`, both included, in Vietnam's calendar; `start`/`end` the instants bounding them (end excluded). */
export type ReportPeriod = { from: string; to: string; start: Date; end: Date }

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 24 * 60 * 60 * 1000

const isCalendarDay = (day: string) => DAY_PATTERN.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day

/** The first instant of a Vietnam day: Vietnam keeps UTC+7 all year. */
export const vietnamDayStart = (day: string) => new Date(`${day}T00:00:00+07:00`)

const refuse = (message: string): never => {
  throw new DomainRuleError(ERROR_CODES.invalidReportPeriod, message)
}

/** The days a quick choice covers, as of `today` in Vietnam ("YYYY-MM-DD"). */
export function presetPeriod(preset: PeriodPreset, today = todayInVietnam()): { from: string; to: string } {
  const [year, month] = today.split("-").map(Number) as [number, number]
  const pad = (value: number) => String(value).padStart(2, "0")
  const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (preset === "this_month") return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDayOf(year, month))}` }
  if (preset === "last_month") {
    const y = month === 1 ? year - 1 : year
    const m = month === 1 ? 12 : month - 1
    return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDayOf(y, m))}` }
  }
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/**
 * The period a report asks for: a quick choice, or `from` and `to` (Vietnam days, both included);
 * nothing given is this month. A day that is not a calendar day, `from` after `to`, or a period
 * longer than MAX_REPORT_DAYS is refused with a sentence.
 */
export function reportPeriod(input: { from?: string; to?: string; preset?: PeriodPreset }, today = todayInVietnam()): ReportPeriod {
  const chosen = input.preset ?? (input.from || input.to ? undefined : "this_month")
  const days = chosen ? presetPeriod(chosen, today) : { from: input.from ?? input.to!, to: input.to ?? input.from! }
  for (const [name, day] of Object.entries(days)) {
    if (!isCalendarDay(day)) refuse(`${name} is a calendar day written YYYY-MM-DD, e.g. 2026-12-01; got "${day}".`)
  }
  if (days.from > days.to) refuse(`The period starts (${days.from}) after it ends (${days.to}): swap from and to.`)
  const start = vietnamDayStart(days.from)
  const end = new Date(vietnamDayStart(days.to).getTime() + DAY_MS)
  if ((end.getTime() - start.getTime()) / DAY_MS > MAX_REPORT_DAYS) refuse(`A report covers at most ${MAX_REPORT_DAYS} days; choose a shorter period.`)
  return { ...days, start, end }
}

/** One product's sales over a period, with what the report groups it by. */
export type ProductSales = {
  producer_id: string
  producer_name: string | null
  province_code: string | null
  province_name: string | null
  industry_code: string | null
  industry_name: string | null
  star_rating: number | null
  units: number
  gross: number
  refunds: number
  commission: number
}

export type SalesFigures = { units: number; gross: number; refunds: number; net: number; commission: number }
export type SalesGroup = SalesFigures & { key: string; label: string }

/** The key a row is grouped under ("none" where the product has no such thing recorded) and the label shown for it. */
export function groupKey(row: ProductSales, by: SalesGrouping): { key: string; label: string } {
  switch (by) {
    case "province":
      return row.province_code ? { key: row.province_code, label: row.province_name ?? row.province_code } : { key: "none", label: "Chưa rõ tỉnh" }
    case "industry":
      return row.industry_code ? { key: row.industry_code, label: row.industry_name ?? row.industry_code } : { key: "none", label: "Chưa xếp ngành" }
    case "star":
      return row.star_rating ? { key: String(row.star_rating), label: `${row.star_rating} sao` } : { key: "none", label: "Chưa có sao còn hiệu lực" }
    case "producer":
      return { key: row.producer_id, label: row.producer_name ?? row.producer_id }
  }
}

/** Sales summed per group, the largest net first; net is gross less refunds. */
export function groupSales(rows: readonly ProductSales[], by: SalesGrouping): SalesGroup[] {
  const groups = new Map<string, SalesGroup>()
  for (const row of rows) {
    const { key, label } = groupKey(row, by)
    const group = groups.get(key) ?? { key, label, units: 0, gross: 0, refunds: 0, net: 0, commission: 0 }
    group.units += row.units
    group.gross += row.gross
    group.refunds += row.refunds
    group.net += row.gross - row.refunds
    group.commission += row.commission
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => b.net - a.net || a.label.localeCompare(b.label, "vi"))
}

/** The figures of every group together. */
export function salesTotals(groups: readonly SalesFigures[]): SalesFigures {
  return groups.reduce<SalesFigures>(
    (sum, group) => ({
      units: sum.units + group.units,
      gross: sum.gross + group.gross,
      refunds: sum.refunds + group.refunds,
      net: sum.net + group.net,
      commission: sum.commission + group.commission,
    }),
    { units: 0, gross: 0, refunds: 0, net: 0, commission: 0 },
  )
}

export type CsvField = string | number | null | undefined

/** What Excel needs to read a file as UTF-8: the byte order mark EF BB BF. */
export const UTF8_BOM = "\uFEFF"

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or spaces at its
 * ends, quotes doubled; text in NFC; a text that Excel would run as a formula (=, +, -, @ first)
 * gets a leading apostrophe. Numbers are whole đồng or counts, written as plain integers.
 */
export function csvField(value: CsvField): string {
  if (value === null || value === undefined) return ""
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new RangeError(`A report's numbers are whole đồng or counts; got ${value}.`)
    return String(value)
  }
  let text = value.normalize("NFC")
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A CSV file: the BOM, then a header and rows, lines ended by CRLF as Excel writes them. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvField[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(","))
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`
}

const GROUPING_HEADINGS: Record<SalesGrouping, string> = { province: "Tỉnh/thành", industry: "Ngành", star: "Hạng sao", producer: "Chủ thể OCOP" }

/** Sales by a grouping as a CSV file: one row per group and a total, Vietnamese headings, amounts in đồng. */
export function salesCsv(groups: readonly SalesGroup[], by: SalesGrouping, period: { from: string; to: string }): string {
  const totals = salesTotals(groups)
  return toCsv(
    ["Từ ngày", "Đến ngày", "Mã", GROUPING_HEADINGS[by], "Số lượng", "Doanh thu (đồng)", "Hoàn tiền (đồng)", "Doanh thu thuần (đồng)", "Hoa hồng (đồng)"],
    [
      ...groups.map((group) => [period.from, period.to, group.key, group.label, group.units, group.gross, group.refunds, group.net, group.commission]),
      [period.from, period.to, "", "Tổng cộng", totals.units, totals.gross, totals.refunds, totals.net, totals.commission],
    ],
  )
}

/** The file's name: Vietnamese for those who read it, and an ASCII copy for clients that take only that. */
export function salesCsvFilename(by: SalesGrouping, period: { from: string; to: string }): string {
  const name = { province: "tỉnh", industry: "ngành", star: "hạng-sao", producer: "chủ-thể" }[by]
  return `doanh-số-theo-${name}_${period.from}_${period.to}.csv`
}

/** A Content-Disposition header for a download whose name may hold Vietnamese (RFC 6266: an ASCII `filename`, the UTF-8 `filename*`). */
export function attachmentDisposition(filename: string): string {
  const nfc = filename.normalize("NFC")
  const ascii = nfc
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\]/g, "_")
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(nfc).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`
}
