import { expect, test } from "@playwright/test"
import { readFacts } from "../../seed/src/facts"
import { readStack } from "../src/stack"

const mienDong = readFacts().products.filter((p) => p.name_vi.startsWith("Miến dong"))
const fiveStarMienDong = mienDong.filter((p) => p.stars === 5)

test("typing without diacritics in the header suggests the Miến dong products; Enter opens their results", async ({ page }) => {
  const stack = readStack()
  await page.goto(stack.storefrontUrl)
  const box = page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" })
  await box.click()
  await box.pressSequentially("mien dong", { delay: 30 })

  const suggestions = page.getByRole("listbox")
  await expect(box).toHaveAttribute("aria-expanded", "true")
  for (const product of mienDong) {
    await expect(suggestions.getByRole("option", { name: new RegExp(product.name_vi) })).toBeVisible()
  }

  // The arrow keys move through the options; Escape closes the list and leaves the text.
  await box.press("ArrowDown")
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/)
  await box.press("Escape")
  await expect(box).toHaveAttribute("aria-expanded", "false")
  await expect(box).toHaveValue("mien dong")

  // The results are the catalogue with the words to match: one page, one set of filters.
  await box.press("Enter")
  await expect(page).toHaveURL(/\/san-pham\?q=mien(\+|%20)dong/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết quả cho “mien dong”")
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/)
  await expect(page.getByLabel("Sắp xếp")).toHaveValue("featured")
  await expect(page.getByLabel("Sắp xếp").locator("option:checked")).toHaveText("Phù hợp nhất")
  const results = page.getByRole("article")
  for (const product of mienDong) {
    await expect(results.filter({ has: page.getByRole("heading", { name: product.name_vi }) })).toHaveCount(1)
  }
  await expect(results.first().locator("mark").first()).toHaveText(/Miến|dong/)
})

test("the 5★ filter narrows a search to five-star products, keeps the words, and both live in the URL", async ({ page }) => {
  const stack = readStack()
  await page.goto(`${stack.storefrontUrl}/san-pham?q=mien+dong`)
  const results = page.getByRole("article")
  await expect(results.first()).toBeVisible()
  const before = await results.count()
  await page.locator("summary", { hasText: "Bộ lọc" }).click()
  // With JavaScript a filter applies as it is ticked; "Áp dụng" is for pages without it.
  await page.getByRole("checkbox", { name: /^5 sao/ }).check()

  await expect(page).toHaveURL(/q=mien(\+|%20)dong.*stars=5/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết quả cho “mien dong”")
  await expect(results.first()).toBeVisible()
  expect(await results.count()).toBeLessThan(before)
  for (const card of await results.all()) await expect(card).toContainText("OCOP 5 sao")
  for (const product of fiveStarMienDong) {
    await expect(results.filter({ has: page.getByRole("heading", { name: product.name_vi }) })).toHaveCount(1)
  }

  // On a phone the results come first; the folded filters say one is chosen, and clearing it keeps the search.
  const filters = page.locator("summary", { hasText: "Bộ lọc" })
  await expect(filters).toHaveText("Bộ lọc (1 đang chọn)")
  await expect(page.getByRole("button", { name: "Áp dụng" })).toBeHidden()
  // Applied in place, the folded filters may have stayed open; open them only if they closed.
  const panel = page.locator("details").filter({ has: filters })
  if ((await panel.getAttribute("open")) === null) await filters.click()
  await page.getByRole("link", { name: "Xóa bộ lọc" }).click()
  await expect(page).toHaveURL(/\/san-pham\?q=mien(\+|%20)dong$/)
  await expect(results).toHaveCount(before)
})

test("a search that finds nothing says so, suggests how to search, and offers the 5★ products", async ({ page }) => {
  const stack = readStack()
  await page.goto(`${stack.storefrontUrl}/san-pham?q=qqxxzzww&stars=5`)
  await expect(page.getByRole("status").filter({ hasText: "sản phẩm" })).toHaveText("Không có sản phẩm nào")
  await expect(page.getByRole("heading", { name: "Không tìm thấy sản phẩm nào cho “qqxxzzww”" })).toBeVisible()
  await expect(page.getByText("Không cần gõ dấu.")).toBeVisible()
  await expect(page.getByRole("link", { name: "Tìm “qqxxzzww” trong tất cả sản phẩm" })).toHaveAttribute("href", /\/san-pham\?q=qqxxzzww$/)
  const popular = page.getByRole("region", { name: "Sản phẩm OCOP 5 sao" }).getByRole("article")
  await expect(popular.first()).toBeVisible()
  for (const card of await popular.all()) await expect(card).toContainText("OCOP 5 sao")
})

test("the English results page searches the same index in English", async ({ page }) => {
  const stack = readStack()
  await page.goto(`${stack.storefrontUrl}/en/products?q=mien+dong`)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “mien dong”")
  await expect(page.getByRole("article").first()).toContainText("OCOP 5-star")
  await expect(page.getByRole("combobox", { name: "Search OCOP products" })).toHaveValue("mien dong")
  // On a phone the language switch is in the header's menu.
  await page.locator("header details summary").click()
  await page.getByRole("link", { name: "Tiếng Việt" }).click()
  await expect(page).toHaveURL(/\/san-pham\?q=mien/)
})

test("without JavaScript the header box is a plain form to the results page", async ({ browser }) => {
  const stack = readStack()
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(stack.storefrontUrl)
  await page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" }).fill("nuoc mam")
  await page.getByRole("button", { name: "Tìm" }).click()
  await expect(page).toHaveURL(/\/san-pham\?q=nuoc\+mam/)
  await expect(page.getByRole("article").first()).toContainText("Nước mắm")
  await context.close()
})
