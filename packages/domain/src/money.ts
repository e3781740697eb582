/** Money is whole đồng: every amount is an integer of VND, shown the Vietnamese way ("125.000 ₫"). */

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

export function formatVnd(amount: number): string {
  return vnd.format(amount)
}
