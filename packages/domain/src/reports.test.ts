import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { DomainRuleError } from "./errors"
import {
  attachmentDisposition,
  csvField,
  groupSales,
  type ProductSales,
  presetPeriod,
  reportPeriod,
  salesCsv,
  salesCsvFilename,
  salesTotals,
  toCsv,
} from "./reports"

describe("reportPeriod", () => {
  it("bounds Vietnam's days: from 00:00 at UTC+7 to the next midnight after the last day", () => {
    const period = reportPeriod({ from: "2026-12-01", to: "2026-12-31" })
    assert.equal(period.start.toISOString(), "2026-11-30T17:00:00.000Z")
    assert.equal(period.end.toISOString(), "2026-12-31T17:00:00.000Z")
  })

  it("takes one day alone as a period of that day", () => {
    const period = reportPeriod({ from: "2026-03-05" })
    assert.deepEqual([period.from, period.to], ["2026-03-05", "2026-03-05"])
  })

  it("is this month when nothing is asked", () => {
    const period = reportPeriod({}, "2026-02-14")
    assert.deepEqual([period.from, period.to], ["2026-02-01", "2026-02-28"])
  })

  it("knows this month, last month (across the new year) and this year", () => {
    assert.deepEqual(presetPeriod("this_month", "2024-02-10"), { from: "2024-02-01", to: "2024-02-29" })
    assert.deepEqual(presetPeriod("last_month", "2026-01-03"), { from: "2025-12-01", to: "2025-12-31" })
    assert.deepEqual(presetPeriod("this_year", "2026-07-09"), { from: "2026-01-01", to: "2026-12-31" })
  })

  it("refuses a day that is not in the calendar, from after to, and a period of more than five years", () => {
    assert.throws(() => reportPeriod({ from: "2026-02-30", to: "2026-03-01" }), (error: DomainRuleError) => error.code === "invalid_report_period" && /calendar day/.test(error.message))
    assert.throws(() => reportPeriod({ from: "1/12/2026", to: "2026-12-31" }), /YYYY-MM-DD/)
    assert.throws(() => reportPeriod({ from: "2026-12-31", to: "2026-12-01" }), /swap from and to/)
    assert.throws(() => reportPeriod({ from: "2000-01-01", to: "2026-12-01" }), /at most/)
  })
})

const row = (over: Partial<ProductSales>): ProductSales => ({
  producer_id: "pdr_1",
  producer_name: "HTX Tài Hoan",
  province_code: "37",
  province_name: "Ninh Bình",
  industry_code: "I",
  industry_name: "Thực phẩm",
  star_rating: 4,
  units: 1,
  gross: 100_000,
  refunds: 0,
  commission: 8_000,
  ...over,
})

describe("groupSales", () => {
  it("sums products per group, net = gross − refunds, largest net first, and a group for what is not recorded", () => {
    const rows = [
      row({ units: 2, gross: 200_000, refunds: 50_000, commission: 12_000 }),
      row({ producer_id: "pdr_2", producer_name: "Cơ sở Hùng Lan", units: 1, gross: 90_000, commission: 7_200 }),
      row({ producer_id: "pdr_3", province_code: "01", province_name: "Hà Nội", star_rating: null, gross: 400_000, commission: 32_000 }),
    ]
    const byProvince = groupSales(rows, "province")
    assert.deepEqual(
      byProvince.map((group) => [group.key, group.label, group.units, group.gross, group.refunds, group.net, group.commission]),
      [
        ["01", "Hà Nội", 1, 400_000, 0, 400_000, 32_000],
        ["37", "Ninh Bình", 3, 290_000, 50_000, 240_000, 19_200],
      ],
    )
    assert.deepEqual(
      groupSales(rows, "star").map((group) => [group.key, group.net]),
      [
        ["none", 400_000],
        ["4", 240_000],
      ],
    )
    assert.equal(groupSales([row({ province_code: null })], "province")[0]!.key, "none")
    assert.deepEqual(salesTotals(byProvince), { units: 4, gross: 690_000, refunds: 50_000, net: 640_000, commission: 51_200 })
  })
})

describe("CSV", () => {
  it("starts with the UTF-8 BOM and ends each line with CRLF", () => {
    const csv = toCsv(["Tên"], [["Nước mắm"]])
    assert.deepEqual([...Buffer.from(csv, "utf8").subarray(0, 3)], [0xef, 0xbb, 0xbf])
    assert.equal(csv, "\uFEFFTên\r\nNước mắm\r\n")
  })

  it("quotes commas, quotes, line breaks and edge spaces, writes text as NFC and numbers as plain integers", () => {
    assert.equal(csvField('HTX "Tài Hoan", Ninh Bình'), '"HTX ""Tài Hoan"", Ninh Bình"')
    assert.equal(csvField("hai\ndòng"), '"hai\ndòng"')
    assert.equal(csvField(" đầu"), '" đầu"')
    assert.equal(csvField("Ninh Bình".normalize("NFD")), "Ninh Bình".normalize("NFC"))
    assert.equal(csvField(1_250_000), "1250000")
    assert.equal(csvField(-50_000), "-50000")
    assert.equal(csvField(null), "")
    assert.throws(() => csvField(12.5), RangeError)
  })

  it("keeps a producer's name from running as a formula in Excel", () => {
    assert.equal(csvField("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"")
    assert.equal(csvField("@SUM(A1)"), "'@SUM(A1)")
  })

  it("writes sales with Vietnamese headings, one row per group and the total", () => {
    const groups = groupSales([row({ gross: 150_000, refunds: 10_000, commission: 11_200 })], "province")
    const lines = salesCsv(groups, "province", { from: "2026-12-01", to: "2026-12-31" }).replace("\uFEFF", "").trimEnd().split("\r\n")
    assert.equal(lines[0], "Từ ngày,Đến ngày,Mã,Tỉnh/thành,Số lượng,Doanh thu (đồng),Hoàn tiền (đồng),Doanh thu thuần (đồng),Hoa hồng (đồng)")
    assert.equal(lines[1], "2026-12-01,2026-12-31,37,Ninh Bình,1,150000,10000,140000,11200")
    assert.equal(lines[2], "2026-12-01,2026-12-31,,Tổng cộng,1,150000,10000,140000,11200")
  })

  it("names the file in Vietnamese with an ASCII fallback for old clients", () => {
    const name = salesCsvFilename("province", { from: "2026-12-01", to: "2026-12-31" })
    assert.equal(name, "doanh-số-theo-tỉnh_2026-12-01_2026-12-31.csv")
    assert.equal(
      attachmentDisposition(name),
      `attachment; filename="doanh-so-theo-tinh_2026-12-01_2026-12-31.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    assert.match(attachmentDisposition('Đồng "x".csv'), /filename="Dong _x_.csv"/)
  })
})
