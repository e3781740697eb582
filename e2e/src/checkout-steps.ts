// Checkout steps the buying journeys share: the delivery details a buyer in Xã Hải Hậu types, the
// money as the shop writes it, and axe's verdict on a page.
import AxeBuilder from "@axe-core/playwright"
import { expect, type Page } from "@playwright/test"
import { open } from "./journey"
import { readStack } from "./stack"

export type CheckoutLabels = {
  prefix: "" | "/en"
  productPath: string
  checkoutPath: string
  quantity: string
  addToCart: string
  email: string
  phone: string
  fullName: string
  province: string
  commune: string
  street: string
  standard: RegExp
  express: RegExp
  pickup: RegExp
  toReview: string
  placeOrder: string
  /** The address fillDeliveryDetails types, as the shop prints it (@ocop/domain/address-format). */
  printedAddress: string
}

export const CHECKOUT_VI: CheckoutLabels = {
  prefix: "",
  productPath: "/san-pham",
  checkoutPath: "/thanh-toan",
  quantity: "Số lượng",
  addToCart: "Thêm vào giỏ",
  email: "Email",
  phone: "Số điện thoại",
  fullName: "Họ và tên người nhận",
  province: "Tỉnh/thành phố",
  commune: "Xã/phường/đặc khu",
  street: "Số nhà, đường, thôn/xóm",
  standard: /Giao hàng tiêu chuẩn/,
  express: /Giao hàng nhanh/,
  pickup: /Nhận tại cửa hàng OCOP Hải Hậu/,
  toReview: "Tiếp tục: xem lại đơn hàng",
  placeOrder: "Đặt hàng",
  printedAddress: "Xóm 3, thôn Đông, Xã Hải Hậu, Tỉnh Ninh Bình",
}

export const CHECKOUT_EN: CheckoutLabels = {
  prefix: "/en",
  productPath: "/en/products",
  checkoutPath: "/en/checkout",
  quantity: "Quantity",
  addToCart: "Add to cart",
  email: "Email",
  phone: "Phone number",
  fullName: "Recipient's full name",
  province: "Province or city",
  commune: "Commune, ward or special zone",
  street: "House number, street, hamlet",
  standard: /Standard delivery/,
  express: /Express delivery/,
  pickup: /Collect at the Hải Hậu OCOP showroom/,
  toReview: "Continue: review your order",
  placeOrder: "Place order",
  printedAddress: "Xóm 3, thôn Đông, Hải Hậu Commune, Ninh Bình Province",
}

/** Puts `quantity` packs of the product's pack titled `pack` (or its first) into this browser's cart from its page. */
export async function addToCartFromProductPage(page: Page, labels: CheckoutLabels, handle: string, quantity: number, pack?: RegExp) {
  await open(page, `${readStack().storefrontUrl}${labels.productPath}/${handle}`)
  if (pack) await page.getByRole("radio", { name: pack }).check()
  await page.getByRole("spinbutton", { name: labels.quantity }).fill(String(quantity))
  await page.getByRole("button", { name: labels.addToCart }).click()
  await expect(page.getByRole("status").filter({ hasText: new RegExp(String(quantity)) })).toBeVisible()
}

/** Contact, a 2025 address in Xã Hải Hậu, Tỉnh Ninh Bình, and standard delivery. */
export async function fillDeliveryDetails(page: Page, labels: CheckoutLabels, email = "khach.ocop@example.vn") {
  await page.getByLabel(labels.email).fill(email)
  await page.getByLabel(labels.phone).fill("0912 345 678")
  await page.getByLabel(labels.fullName).fill("Nguyễn Thị Lan")
  await page.getByLabel(labels.province).selectOption({ label: "Tỉnh Ninh Bình" })
  const commune = page.getByLabel(labels.commune)
  await expect(commune).toBeEnabled()
  await commune.selectOption({ label: "Xã Hải Hậu" })
  await page.getByLabel(labels.street).fill("Xóm 3, thôn Đông")
  await page.getByRole("radio", { name: labels.standard }).check()
}

/**
 * From a cart holding packs: the checkout filled in with fillDeliveryDetails, paid by `method` (else
 * the first offered), reviewed and placed; answers the order's id from the confirmation page.
 */
export async function placeOrder(page: Page, labels: CheckoutLabels, email: string, method?: RegExp): Promise<string> {
  await open(page, `${readStack().storefrontUrl}${labels.checkoutPath}`)
  await fillDeliveryDetails(page, labels, email)
  if (method) await page.getByRole("radio", { name: method }).check()
  await page.getByRole("button", { name: labels.toReview }).click()
  await expect(page).toHaveURL(/step=review/)
  await page.getByRole("button", { name: labels.placeOrder }).click()
  await expect(page).toHaveURL(new RegExp(`${labels.prefix}/(don-hang|orders)/order_`))
  return page.url().split("/").pop()!
}

export function formatVnd(amount: number): string {
  return new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(amount)
}

export async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical")
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([])
}
