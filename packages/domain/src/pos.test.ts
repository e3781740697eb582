import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { DomainRuleError } from "./errors"
import {
  assertManagerFor,
  CASHIER_DISCOUNT_LIMIT_PERCENT,
  changeDue,
  checkCashMovement,
  discountNeedsManager,
  maskedEmail,
  planReturn,
  refundOf,
  returnableSale,
  returnedAmountOf,
  priceSale,
  settlePayments,
  shiftReport,
} from "./pos"

const refusedWith = (code: string, message?: RegExp) => (error: unknown) =>
  error instanceof DomainRuleError && error.code === code && (!message || message.test(error.message))

describe("what a counter sale comes to", () => {
  it("adds the lines, takes off a line's discount and shares the order discount so the lines add up to the total", () => {
    const sale = priceSale(
      [
        { unitPrice: 65_000, quantity: 2, discount: { amount: 10_000, reason: "Bao bì móp" } },
        { unitPrice: 35_000, quantity: 1 },
        { unitPrice: 150_000, quantity: 1 },
      ],
      { amount: 10_000, reason: "Khách quen" },
    )
    assert.equal(sale.subtotal, 315_000)
    assert.equal(sale.discountTotal, 20_000)
    assert.equal(sale.total, 295_000)
    assert.deepEqual(
      sale.lines.map((line) => [line.gross, line.lineDiscount, line.orderDiscountShare, line.total]),
      // After line discounts: 120.000, 35.000, 150.000 of 305.000; 10.000 shared 3934.4 / 1147.5 / 4918.0.
      [
        [130_000, 10_000, 3_934, 116_066],
        [35_000, 0, 1_148, 33_852],
        [150_000, 0, 4_918, 145_082],
      ],
    )
    assert.equal(sale.lines.reduce((sum, line) => sum + line.total, 0), sale.total)
    assert.equal(sale.orderDiscountReason, "Khách quen")
  })

  it("gives the đồng left by rounding to the lines with the largest remainders, never losing one", () => {
    const sale = priceSale([{ unitPrice: 1, quantity: 1 }, { unitPrice: 1, quantity: 1 }, { unitPrice: 1, quantity: 1 }], { amount: 2, reason: "thử" })
    assert.deepEqual(sale.lines.map((line) => line.orderDiscountShare).sort(), [0, 1, 1])
    assert.equal(sale.total, 1)
  })

  it("refuses a sale that does not add up, saying which line", () => {
    assert.throws(() => priceSale([]), refusedWith("invalid_pos_sale", /at least one line/))
    assert.throws(() => priceSale([{ unitPrice: 65_000, quantity: 0 }]), refusedWith("invalid_pos_sale", /quantity of line 1/))
    assert.throws(() => priceSale([{ unitPrice: 65_000, quantity: 100 }]), refusedWith("invalid_pos_sale", /1 to 99/))
    assert.throws(() => priceSale([{ unitPrice: 65_000.5, quantity: 1 }]), refusedWith("invalid_pos_sale", /whole number of đồng/))
    assert.throws(() => priceSale([{ unitPrice: 65_000, quantity: 1, discount: { amount: 70_000, reason: "x" } }]), refusedWith("invalid_pos_sale", /more than the line's 65000/))
    assert.throws(() => priceSale([{ unitPrice: 65_000, quantity: 1, discount: { amount: 5_000 } }]), refusedWith("invalid_pos_sale", /Say why line 1/))
    assert.throws(() => priceSale([{ unitPrice: 65_000, quantity: 1 }], { amount: 5_000, reason: "  " }), refusedWith("invalid_pos_sale", /Say why the order/))
    assert.throws(() => priceSale([{ unitPrice: 65_000, quantity: 1 }], { amount: 65_001, reason: "x" }), refusedWith("invalid_pos_sale", /more than the sale's 65000/))
  })
})

describe("what needs a manager", () => {
  it(`lets a cashier give up to ${CASHIER_DISCOUNT_LIMIT_PERCENT}% of the sale, and no more`, () => {
    assert.equal(discountNeedsManager({ subtotal: 200_000, discountTotal: 20_000 }), false)
    assert.equal(discountNeedsManager({ subtotal: 200_000, discountTotal: 20_001 }), true)
    assert.equal(discountNeedsManager({ subtotal: 200_000, discountTotal: 0 }), false)
  })

  it("lets a manager act, or a cashier with a manager's approval, and tells a cashier alone whom to ask", () => {
    assertManagerFor("close a shift", { role: "manager" })
    assertManagerFor("give this discount", { role: "cashier" }, { role: "manager" })
    assert.throws(() => assertManagerFor("close a shift", { role: "cashier" }), refusedWith("pos_manager_required", /^Only a manager may close a shift: ask/))
    assert.throws(() => assertManagerFor("close a shift", { role: "cashier" }, { role: "cashier" }), refusedWith("pos_manager_required"))
  })
})

describe("paying at the counter", () => {
  it("gives the change for the cash tendered", () => {
    assert.equal(changeDue(185_000, 500_000), 315_000)
    assert.equal(changeDue(185_000, 185_000), 0)
    assert.throws(() => changeDue(185_000, 100_000), refusedWith("pos_payment_mismatch", /take 85000 ₫ more/))
  })

  it("takes cash, a VietQR transfer, or both, adding up to the total", () => {
    assert.deepEqual(settlePayments(185_000, [{ method: "cash", amount: 185_000, tendered: 200_000 }]), {
      cash: { amount: 185_000, tendered: 200_000, change: 15_000 },
      vietqr: null,
    })
    assert.deepEqual(settlePayments(185_000, [{ method: "vietqr", amount: 85_000 }, { method: "cash", amount: 100_000 }]), {
      cash: { amount: 100_000, tendered: 100_000, change: 0 },
      vietqr: { amount: 85_000 },
    })
    assert.deepEqual(settlePayments(0, []), { cash: null, vietqr: null })
  })

  it("refuses payments that do not add up, twice the same way, an unknown way, or a tendered transfer", () => {
    assert.throws(() => settlePayments(185_000, []), refusedWith("pos_payment_mismatch", /Say how the 185000 ₫ is paid/))
    assert.throws(() => settlePayments(185_000, [{ method: "cash", amount: 100_000 }]), refusedWith("pos_payment_mismatch", /add up to 100000 ₫ but the sale comes to 185000 ₫/))
    assert.throws(
      () => settlePayments(185_000, [{ method: "cash", amount: 85_000 }, { method: "cash", amount: 100_000 }]),
      refusedWith("pos_payment_mismatch", /once/),
    )
    assert.throws(() => settlePayments(185_000, [{ method: "card" as "cash", amount: 185_000 }]), refusedWith("pos_payment_mismatch", /cash or by VietQR/))
    assert.throws(() => settlePayments(185_000, [{ method: "vietqr", amount: 185_000, tendered: 200_000 }]), refusedWith("pos_payment_mismatch", /exact amount/))
    assert.throws(() => settlePayments(185_000, [{ method: "cash", amount: 185_000, tendered: 100_000 }]), refusedWith("pos_payment_mismatch", /less than/))
  })
})

describe("a shift's report", () => {
  it("totals by way of payment and by producer, and sets the counted cash against what the drawer should hold", () => {
    const report = shiftReport({
      openingFloat: 500_000,
      movements: [
        { kind: "in", amount: 200_000 },
        { kind: "out", amount: 50_000 },
      ],
      sales: [
        {
          counted: true,
          payments: [{ method: "cash", amount: 185_000 }],
          lines: [
            { producerId: "p1", producerName: "HTX Tài Hoan", total: 150_000 },
            { producerId: "p2", producerName: "Hộ Lưu Liên Phương", total: 35_000 },
          ],
        },
        {
          counted: true,
          payments: [
            { method: "cash", amount: 20_000 },
            { method: "vietqr", amount: 100_000, pending: true },
          ],
          lines: [{ producerId: "p1", producerName: "HTX Tài Hoan", total: 120_000 }],
        },
        { counted: false, payments: [{ method: "cash", amount: 999_000 }], lines: [{ producerId: "p3", producerName: "Hoàn", total: 999_000 }] },
        // Refunded later: its cash came in (and went out as a movement), its producer is owed nothing.
        { counted: true, payments: [{ method: "cash", amount: 0 }], lines: [{ producerId: "p4", producerName: "Hoàn tiền", total: 50_000, refunded: true }] },
      ],
      countedCash: 850_000,
    })
    assert.deepEqual(report.byPaymentMethod, { cash: 205_000, vietqr: 100_000 })
    assert.equal(report.vietqrPending, 100_000)
    assert.equal(report.salesCount, 3)
    assert.equal(report.salesTotal, 305_000)
    assert.deepEqual(report.byProducer, [
      { producerId: "p1", producerName: "HTX Tài Hoan", total: 270_000 },
      { producerId: "p2", producerName: "Hộ Lưu Liên Phương", total: 35_000 },
    ])
    // 500.000 float + 205.000 cash sales + 200.000 in − 50.000 out.
    assert.equal(report.expectedCash, 855_000)
    assert.equal(report.difference, -5_000)
    assert.equal(shiftReport({ openingFloat: 100_000, movements: [], sales: [] }).difference, null)
  })

  it("records cash in and out only with a reason", () => {
    assert.deepEqual(checkCashMovement({ kind: "out", amount: 50_000, reason: " Trả tiền điện " }), { kind: "out", amount: 50_000, reason: "Trả tiền điện" })
    assert.throws(() => checkCashMovement({ kind: "out", amount: 50_000 }), refusedWith("invalid_pos_sale", /Say why/))
    assert.throws(() => checkCashMovement({ kind: "sideways", amount: 50_000, reason: "x" }), refusedWith("invalid_pos_sale"))
    assert.throws(() => checkCashMovement({ kind: "in", amount: 0, reason: "x" }), refusedWith("invalid_pos_sale", /above 0/))
  })
})

/** Three boxes sold for 100.000 ₫ after discounts (33.333,33 ₫ a box) and a bag of rice for 120.000 ₫. */
const soldSale = (returned: { box?: [number, number]; rice?: [number, number] } = {}) => ({
  status: "completed",
  received: 220_000,
  paidBack: (returned.box?.[1] ?? 0) + (returned.rice?.[1] ?? 0),
  lines: [
    { id: "box", variantId: "v_box", quantity: 3, total: 100_000, returnedQuantity: returned.box?.[0] ?? 0, returnedAmount: returned.box?.[1] ?? 0 },
    { id: "rice", variantId: "v_rice", quantity: 1, total: 120_000, returnedQuantity: returned.rice?.[0] ?? 0, returnedAmount: returned.rice?.[1] ?? 0 },
  ],
})

describe("a return of part of a sale", () => {
  it("pays back each pack its line's total prorated to the đồng, the last pack bringing the đồng rounding kept, never more than the line", () => {
    const first = planReturn(soldSale(), [{ lineId: "box", quantity: 1 }], " Hộp móp ")
    assert.deepEqual(first, { lines: [{ lineId: "box", quantity: 1, amount: 33_333 }], linesAmount: 33_333, amount: 33_333, reason: "Hộp móp" })
    const second = planReturn(soldSale({ box: [1, 33_333] }), [{ variantId: "v_box", quantity: 1 }], "Hộp móp")
    assert.equal(second.amount, 33_333)
    const last = planReturn(soldSale({ box: [2, 66_666] }), [{ lineId: "box", quantity: 1 }], "Hộp móp")
    assert.equal(last.amount, 33_334)
    assert.equal(33_333 + 33_333 + last.amount, 100_000)
    assert.equal(returnedAmountOf({ quantity: 3, total: 100_000, returnedQuantity: 0, returnedAmount: 0 }, 3), 100_000)
  })

  it("refuses more packs than are left, saying how many are, and a pack or line not on the sale", () => {
    assert.throws(
      () => planReturn(soldSale({ box: [2, 66_666] }), [{ lineId: "box", quantity: 2 }], "lại"),
      refusedWith("pos_return_exceeds_sale", /Only 1 of line 1 of the return is left/),
    )
    assert.throws(() => planReturn(soldSale({ rice: [1, 120_000] }), [{ variantId: "v_rice", quantity: 1 }], "lại"), refusedWith("pos_return_exceeds_sale", /Only 0/))
    assert.throws(() => planReturn(soldSale(), [{ variantId: "v_other", quantity: 1 }], "lại"), refusedWith("invalid_pos_sale", /is not on this sale/))
    assert.throws(() => planReturn(soldSale(), [{ quantity: 1 }], "lại"), refusedWith("invalid_pos_sale", /line_id/))
    assert.throws(() => planReturn(soldSale(), [{ lineId: "box", quantity: 0 }], "lại"), refusedWith("invalid_pos_sale", /1 or more/))
    assert.throws(() => planReturn(soldSale(), [], "lại"), refusedWith("invalid_pos_sale", /at least one/))
    assert.throws(() => planReturn(soldSale(), [{ lineId: "box", quantity: 1 }], " "), refusedWith("invalid_pos_sale", /Say why the packs are returned/))
    assert.throws(() => planReturn({ ...soldSale(), status: "refunded" }, [{ lineId: "box", quantity: 1 }], "lại"), refusedWith("pos_sale_already_refunded"))
  })

  it("pays back in cash no more than the sale brought in: a transfer still awaited is not given back", () => {
    const awaiting = { ...soldSale(), received: 100_000 }
    const planned = planReturn(awaiting, [{ lineId: "rice", quantity: 1 }], "Đổi ý")
    assert.deepEqual([planned.linesAmount, planned.amount], [120_000, 100_000])
  })
})

describe("a refund", () => {
  it("takes back every pack still on the sale, once, with its reason", () => {
    assert.deepEqual(refundOf(soldSale(), " Hàng lỗi "), {
      lines: [
        { lineId: "box", quantity: 3, amount: 100_000 },
        { lineId: "rice", quantity: 1, amount: 120_000 },
      ],
      linesAmount: 220_000,
      amount: 220_000,
      reason: "Hàng lỗi",
    })
    const afterAReturn = refundOf(soldSale({ box: [1, 33_333] }), "Hàng lỗi")
    assert.deepEqual([afterAReturn.lines[0], afterAReturn.amount], [{ lineId: "box", quantity: 2, amount: 66_667 }, 186_667])
    assert.throws(() => refundOf({ ...soldSale(), status: "refunded" }, "lại"), refusedWith("pos_sale_already_refunded", /refunded already/))
    assert.throws(() => refundOf(soldSale(), ""), refusedWith("invalid_pos_sale", /Say why the sale is refunded/))
  })
})

describe("a recorded sale read for a return", () => {
  it("counts cash and a confirmed transfer as brought in, a transfer still awaited as nothing, and what returns paid back", () => {
    const sale = returnableSale({
      status: "completed",
      lines: [{ id: "l1", variant_id: "v1", quantity: 2, total: 70_000, returned_quantity: 1, returned_amount: 35_000 }],
      payments: [
        { status: "captured", amount: 40_000 },
        { status: "pending", amount: 30_000 },
      ],
      returns: [{ amount: 35_000 }],
    })
    assert.deepEqual(sale, {
      status: "completed",
      lines: [{ id: "l1", variantId: "v1", quantity: 2, total: 70_000, returnedQuantity: 1, returnedAmount: 35_000 }],
      received: 40_000,
      paidBack: 35_000,
    })
    // The last pack's 35.000 ₫, but only the 5.000 ₫ of cash not yet paid back leaves the drawer.
    assert.deepEqual(planReturn(sale, [{ lineId: "l1", quantity: 1 }], "Khách đổi ý").amount, 5_000)
  })
})

describe("a customer's email at the counter", () => {
  it("shows its first letter and its domain only", () => {
    assert.equal(maskedEmail("buyer@ocop.example.vn"), "b***@ocop.example.vn")
    assert.equal(maskedEmail("a@b.vn"), "a***@b.vn")
    assert.equal(maskedEmail("not-an-email"), "***")
  })
})
