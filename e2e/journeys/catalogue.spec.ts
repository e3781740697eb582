// The catalogue's filters, counts, sort and pages, answered by the search index, checked against
// what the store API itself says about every product.
import { expect, type Page, test } from "@playwright/test"
import { readStack } from "../src/stack"
import { storeProducts } from "../src/store-products"

type StoreProduct = {
  title: string
  ocop: { standing: string; star_rating: number | null } | null
  producer: { province: { code: string; name: string } | null } | null
  variants: { calculated_price: { calculated_amount: number } | null; manage_inventory: boolean; allow_backorder: boolean; inventory_quantity: number | null }[]
}

/** What the catalogue should know about each product, read from the store API. */
async function catalogueFacts(page: Page) {
  const stack = readStack()
  const headers = { "x-publishable-api-key": stack.publishableKey }
  const { regions } = await (await page.request.get(`${stack.backendUrl}/store/regions`, { headers })).json()
  const region = regions.find((r: { currency_code: string }) => r.currency_code === "vnd")
  const { products } = await storeProducts(page.request, {
    region_id: region.id,
    fields: "title,*variants.calculated_price,+variants.inventory_quantity",
  })
  return (products as StoreProduct[]).map((product) => {
    const prices = product.variants.flatMap((v) => (v.calculated_price ? [Number(v.calculated_price.calculated_amount)] : []))
    return {
      title: product.title,
      stars: product.ocop?.standing === "certified" ? product.ocop.star_rating : null,
      province: product.producer?.province?.code ?? null,
      price: prices.length ? Math.min(...prices) : null,
      inStock: product.variants.some((v) => !v.manage_inventory || v.allow_backorder || (v.inventory_quantity ?? 0) > 0),
    }
  })
}

const vnd = (text: string) => Number(text.replace(/\D/g, ""))

test("the catalogue narrows by stars, province, price and stock with counts that match the store, sorts by price and pages", async ({ page }) => {
  const stack = readStack()
  const facts = await catalogueFacts(page)
  await page.setViewportSize({ width: 1280, height: 900 })

  // Thái Nguyên (19), 5★ or 3★, at most 200.000 ₫, in stock, cheapest first: chosen in the form,
  // each change applying itself (journeys/phone-layout.spec.ts sends it without JavaScript).
  const maxPrice = 200_000
  const inPlace = (p: (typeof facts)[number]) => p.province === "19" && p.price !== null && p.price <= maxPrice && p.inStock
  const expected = facts.filter((p) => inPlace(p) && (p.stars === 5 || p.stars === 3))
  expect(expected.length, "the sample catalogue has several such products").toBeGreaterThan(2)

  await page.goto(`${stack.storefrontUrl}/san-pham`)
  const form = page.locator("form").filter({ has: page.getByLabel("Sắp xếp") })
  await form.getByRole("checkbox", { name: /^5 sao/ }).check()
  await form.getByRole("checkbox", { name: /^3 sao/ }).check()
  await form.getByLabel("Tỉnh, thành phố").selectOption("19")
  await form.getByLabel("Giá đến").fill(String(maxPrice))
  await form.getByRole("checkbox", { name: "Chỉ hiện hàng còn" }).check()
  await form.getByLabel("Sắp xếp").selectOption("price_asc")

  await expect(page).toHaveURL(/stars=5&stars=3&.*province=19.*max_price=200000.*in_stock=1.*sort=price_asc/)
  await expect(page.getByRole("status").filter({ hasText: "sản phẩm" })).toHaveText(`${expected.length} sản phẩm`)
  const cards = page.getByRole("article")
  await expect(cards).toHaveCount(expected.length)
  expect((await cards.getByRole("heading").allInnerTexts()).toSorted()).toEqual(expected.map((p) => p.title).toSorted())
  const prices = (await cards.locator("p").filter({ hasText: "₫" }).allInnerTexts()).map(vnd)
  expect(prices).toEqual(expected.map((p) => p.price!).toSorted((a, b) => a - b))

  // Each star's count says what choosing it would give under the other filters.
  const form2 = page.locator("form").filter({ has: page.getByLabel("Sắp xếp") })
  for (const stars of [5, 4, 3]) {
    const count = facts.filter((p) => inPlace(p) && p.stars === stars).length
    await expect(form2.getByRole("checkbox", { name: new RegExp(`^${stars} sao \\(${count}\\)`) })).toBeVisible()
  }

  // Without filters, the catalogue is every product, 24 a page.
  await page.goto(`${stack.storefrontUrl}/san-pham?page=2`)
  await expect(page.getByRole("status").filter({ hasText: "sản phẩm" })).toHaveText(`${facts.length} sản phẩm`)
  await expect(cards).toHaveCount(facts.length - 24)
})
