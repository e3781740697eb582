import { expect, test } from "@playwright/test"
import { DEMO_ACCOUNTS } from "../../seed/src/demo-accounts"
import { readFacts } from "../../seed/src/facts"
import { readStack } from "../src/stack"
import { storeProducts } from "../src/store-products"

const facts = readFacts()
const rated = facts.products.filter((p) => p.stars)

test("the store API serves the 35 sample products with their producers and current certificates", async ({ request }) => {
  const { products, count } = await storeProducts(request)
  expect(count).toBe(facts.products.length)
  for (const product of products) {
    expect(product.producer?.name, product.title).toBeTruthy()
  }
  const mienDong = products.find((p: any) => p.title === "Miến dong Tài Hoan")
  expect(mienDong.ocop).toMatchObject({ standing: "certified", star_rating: 5, current_certificate: { expired: false } })
  expect(mienDong.producer.province.name).toBe("Tỉnh Thái Nguyên")
})

test("a buyer sees the catalogue with photos, VND prices and star badges, and that it is sample data", async ({ page }) => {
  const stack = readStack()
  // The catalogue shows 24 products a page: the sample catalogue fills two.
  await page.goto(`${stack.storefrontUrl}/san-pham`)
  const cards = page.getByRole("article")
  const mienDong = cards.filter({ has: page.getByRole("heading", { name: "Miến dong Tài Hoan" }) })
  await expect(mienDong).toContainText("OCOP 5 sao")
  await expect(mienDong).toContainText("HTX Tài Hoan")
  await expect(mienDong).toContainText(/\d{1,3}(\.\d{3})+\s₫/)
  // A card's photo below the fold loads as the buyer scrolls to it, as this one may be.
  await mienDong.locator("img").scrollIntoViewIfNeeded()
  await expect(mienDong.locator("img")).toHaveJSProperty("complete", true)
  expect(await mienDong.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  const firstPage = await cards.count()
  const firstPageBadges = await page.getByText(/OCOP \d sao/).count()
  const unrated = cards.filter({ has: page.getByRole("heading", { name: "Giò gân Phúc Thuận" }) })
  const unratedOnFirstPage = await unrated.filter({ hasText: "Chờ đánh giá" }).count()
  await expect(page.getByRole("contentinfo")).toContainText("Dữ liệu mẫu")

  await page.goto(`${stack.storefrontUrl}/san-pham?page=2`)
  await expect(cards).toHaveCount(facts.products.length - firstPage)
  // Only products whose star is a fact carry a badge; the others await evaluation.
  expect(firstPageBadges + (await page.getByText(/OCOP \d sao/).count())).toBe(rated.length)
  expect(unratedOnFirstPage + (await unrated.filter({ hasText: "Chờ đánh giá" }).count())).toBe(1)
})

test("the operator signs in to the Admin and sees a product's certificate and producer", async ({ page }) => {
  const stack = readStack()
  const operator = DEMO_ACCOUNTS.find((a) => a.role === "operator")!
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(`${stack.adminUrl}/login`)
  await page.getByRole("textbox", { name: "Email" }).fill(operator.email)
  await page.getByPlaceholder("Password").fill(operator.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).not.toHaveURL(/login/)

  const search = await page.request.get(`${stack.backendUrl}/admin/products?handle=mien-dong-tai-hoan&fields=id`)
  const { products } = await search.json()
  await page.goto(`${stack.adminUrl}/products/${products[0].id}`)
  await expect(page.getByRole("heading", { name: "OCOP" })).toBeVisible()
  await expect(page.getByText("5★ · Certified: star mark shown")).toBeVisible()
  await expect(page.getByText("2024-06-25", { exact: false }).first()).toBeVisible()
  await expect(page.getByText(/Valid until/)).toBeVisible()
  await expect(page.getByRole("combobox", { name: "Producer" })).toContainText("HTX Tài Hoan")
})
