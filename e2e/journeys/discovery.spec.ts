import AxeBuilder from "@axe-core/playwright"
import { expect, type Page, test } from "@playwright/test"
import { todayInVietnam } from "@ocop/domain/vietnam-date"
import { readStack } from "../src/stack"
import { storeProducts } from "../src/store-products"

type StoreProduct = {
  handle: string
  title: string
  variants: { ean: string | null }[]
  producer: { handle: string; name: string; province: { code: string; name: string } | null } | null
}

async function sampleProducts(page: Page): Promise<StoreProduct[]> {
  return (await storeProducts(page.request, { fields: "handle,title,variants.ean" })).products
}


async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical")
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([])
}

test("the product page shows photos, the certificate, the story and the producer in 2025 and former units", async ({ page }) => {
  const stack = readStack()
  await page.goto(`${stack.storefrontUrl}/san-pham/mien-dong-tai-hoan`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Miến dong Tài Hoan")
  await expect(page.getByText("OCOP 5 sao").first()).toBeVisible()

  const gallery = page.getByRole("region", { name: "Ảnh sản phẩm" })
  const main = gallery.getByRole("img", { name: "Miến dong Tài Hoan, ảnh 1" })
  await expect(main).toHaveAttribute("fetchpriority", "high")
  await expect(main).toHaveJSProperty("complete", true)
  expect(await main.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await expect(gallery.getByRole("link", { name: /Xem ảnh 2/ })).toBeVisible()

  const certificate = page.getByRole("region", { name: /Giấy chứng nhận OCOP/ })
  await expect(certificate).toContainText(/\d+\/QĐ-/)
  await expect(certificate).toContainText("Hiệu lực đến")
  await expect(certificate).toContainText("dữ liệu mẫu")

  await expect(page.getByRole("heading", { name: "Câu chuyện sản phẩm" })).toBeVisible()
  await expect(page.getByText(/thôn Chè Cọ/).first()).toBeVisible()

  const producer = page.getByRole("region", { name: "Chủ thể OCOP" })
  await expect(producer).toContainText("Xã Côn Minh, Tỉnh Thái Nguyên")
  await expect(producer).toContainText("huyện Na Rì, tỉnh Bắc Kạn")
  await expect(page.getByRole("heading", { name: "Sản phẩm khác từ Tỉnh Thái Nguyên" })).toBeVisible()

  await expectNoSeriousAxeViolations(page)

  await producer.getByRole("link", { name: "HTX Tài Hoan" }).click()
  await expect(page).toHaveURL(/\/chu-the-ocop\/htx-tai-hoan$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("HTX Tài Hoan")
  await expect(page.getByText("Hợp tác xã").first()).toBeVisible()
  await expect(page.getByText("Đã được duyệt")).toBeVisible()
  await expect(page.getByText("thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn")).toBeVisible()
  const products = page.getByRole("region", { name: /^Sản phẩm \(\d+\)$/ })
  await expect(products.getByRole("article").filter({ has: page.getByRole("heading", { name: "Miến dong Tài Hoan" }) })).toHaveCount(1)
})

test("the product page carries JSON-LD with VND offers at whole-đồng prices, Open Graph and hreflang", async ({ page }) => {
  const stack = readStack()
  const response = await page.goto(`${stack.storefrontUrl}/san-pham/mien-dong-tai-hoan`)
  expect(response?.status()).toBe(200)
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  const data = blocks.flatMap((text) => {
    const parsed = JSON.parse(text)
    return Array.isArray(parsed) ? parsed : [parsed]
  })
  const product = data.find((item) => item["@type"] === "Product")
  expect(product.name).toBe("Miến dong Tài Hoan")
  expect(product.offers.length).toBeGreaterThan(0)
  for (const offer of product.offers) {
    expect(offer.priceCurrency).toBe("VND")
    expect(Number.isInteger(offer.price)).toBe(true)
    expect(offer.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/)
  }
  expect(data.find((item) => item["@type"] === "BreadcrumbList")?.itemListElement).toHaveLength(3)

  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/products\/mien-dong-tai-hoan$/)
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content")
  const image = await page.request.get(ogImage!.replace(/^https?:\/\/[^/]+/, stack.storefrontUrl))
  expect(image.status()).toBe(200)
  expect(image.headers()["content-type"]).toBe("image/png")
})

test("the province pavilions list all 34 provinces with counts; Ninh Bình has products, an empty one says so", async ({ page }) => {
  const stack = readStack()
  const ninhBinh = (await sampleProducts(page)).filter((p) => p.producer?.province?.code === "37").length
  expect(ninhBinh).toBeGreaterThan(0)

  await page.goto(`${stack.storefrontUrl}/gian-hang-tinh`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gian hàng tỉnh")
  const tiles = page.getByRole("main").getByRole("listitem")
  // Those with products come first; the empty ones are folded at the end, all 34 once opened.
  await expect(tiles.first()).toContainText("sản phẩm")
  await expect(tiles.filter({ hasText: "Tỉnh Ninh Bình" })).toContainText(`${ninhBinh} sản phẩm`)
  await expect(tiles.filter({ hasText: "Tỉnh Cao Bằng" })).toHaveCount(0)
  await page.getByText(/tỉnh, thành chưa có sản phẩm trên sàn$/).click()
  await expect(tiles).toHaveCount(34)
  await expect(tiles.filter({ hasText: "Tỉnh Cao Bằng" })).toContainText("Chưa có sản phẩm")

  await tiles.filter({ hasText: "Tỉnh Ninh Bình" }).getByRole("link").click()
  await expect(page).toHaveURL(/\/gian-hang-tinh\/ninh-binh$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gian hàng Tỉnh Ninh Bình")
  await expect(page.getByRole("article")).toHaveCount(ninhBinh)
  await expect(page.getByRole("heading", { name: "Chủ thể OCOP" })).toBeVisible()

  await page.goto(`${stack.storefrontUrl}/gian-hang-tinh/cao-bang`)
  await expect(page.getByText("Tỉnh Cao Bằng chưa có sản phẩm OCOP nào trên sàn")).toBeVisible()
  await expect(page.getByRole("article")).toHaveCount(0)

  // A province code leads to the same pavilion; an unknown name is a real 404.
  await page.goto(`${stack.storefrontUrl}/gian-hang-tinh/37`)
  await expect(page).toHaveURL(/\/gian-hang-tinh\/ninh-binh$/)
  const unknown = await page.goto(`${stack.storefrontUrl}/gian-hang-tinh/nam-dinh`)
  expect(unknown?.status()).toBe(404)

  // English names the province as English readers do.
  await page.goto(`${stack.storefrontUrl}/en/provinces/ninh-binh`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ninh Bình Province pavilion")
})

test("the trace page of Miến dong Tài Hoan says its certificate is valid today; an unknown code is a 404", async ({ page }) => {
  const stack = readStack()
  const mienDong = (await sampleProducts(page)).find((p) => p.handle === "mien-dong-tai-hoan")!
  const code = mienDong.variants.find((v) => v.ean)!.ean!

  await page.goto(`${stack.storefrontUrl}/san-pham/mien-dong-tai-hoan`)
  await page.getByRole("link", { name: "Truy xuất nguồn gốc" }).click()
  await expect(page).toHaveURL(/\/t\/\d{13}$/)

  await page.goto(`${stack.storefrontUrl}/t/${code}`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Miến dong Tài Hoan")
  const verdict = page.getByRole("region", { name: /chứng nhận còn hiệu lực/ })
  await expect(verdict).toContainText("Sản phẩm OCOP 5 sao")
  const [year, month, day] = todayInVietnam().split("-").map(Number)
  await expect(verdict).toContainText(`hôm nay (${day} tháng ${month}, ${year})`)
  await expect(page.getByText(code)).toBeVisible()
  await expect(page.getByRole("region", { name: "Chủ thể OCOP" })).toContainText("HTX Tài Hoan")

  await page.goto(`${stack.storefrontUrl}/en/t/${code}`)
  await expect(page.getByRole("region", { name: /certificate valid/ })).toContainText("valid today")

  // A well-formed code no pack carries, and one with a wrong check digit.
  for (const unknown of ["8930000000001", `${code.slice(0, 12)}${(Number(code[12]) + 1) % 10}`]) {
    const response = await page.goto(`${stack.storefrontUrl}/t/${unknown}`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy mã truy xuất")
  }
  const english = await page.goto(`${stack.storefrontUrl}/en/t/8930000000001`)
  expect(english?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trace code not found")
})

test("an unknown product is a 404 in the buyer's language", async ({ page }) => {
  const stack = readStack()
  const response = await page.goto(`${stack.storefrontUrl}/en/products/no-such-product`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found")
})

test("a path that names no page is a 404 whose HTML already says so, in each language", async ({ request }) => {
  const stack = readStack()
  for (const [path, heading] of [
    ["/khong-co-trang-nay", "Không tìm thấy trang"],
    ["/en/no-such-page", "Page not found"],
  ]) {
    const response = await request.get(`${stack.storefrontUrl}${path}`)
    expect(response.status(), path).toBe(404)
    // The server's HTML, before any script runs: a phone without JavaScript sees the notice too.
    expect(await response.text(), path).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`))
  }
})

test("the home page shows national 5★ products, provinces with counts and new listings, without serious axe violations", async ({ page }) => {
  const stack = readStack()
  await page.goto(stack.storefrontUrl)
  const national = page.getByRole("region", { name: "Sản phẩm OCOP 5 sao quốc gia" })
  await expect(national.getByRole("article").filter({ hasText: "Miến dong Tài Hoan" })).toHaveCount(1)
  await expect(page.getByRole("region", { name: "Mua theo tỉnh, thành" })).toContainText(/Tỉnh Ninh Bình\s*\d+ sản phẩm/)
  await expect(page.getByRole("region", { name: "Mới lên sàn" }).getByRole("article")).not.toHaveCount(0)
  await expectNoSeriousAxeViolations(page)
})

test("sitemap.xml lists products, producers and provinces in both languages; robots.txt points to it", async ({ request }) => {
  const stack = readStack()
  // An index of files, each a crawler accepts at any catalogue size.
  const index = await request.get(`${stack.storefrontUrl}/sitemap.xml`)
  expect(index.status()).toBe(200)
  const files = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
  expect(files.map((url) => new URL(url).pathname)).toEqual(["/sitemaps/pages.xml", "/sitemaps/products-0.xml", "/sitemaps/producers-0.xml"])
  let xml = ""
  for (const file of files) {
    const response = await request.get(`${stack.storefrontUrl}${new URL(file).pathname}`)
    expect(response.status()).toBe(200)
    expect(response.headers()["content-type"]).toContain("application/xml")
    xml += await response.text()
  }
  expect((await request.get(`${stack.storefrontUrl}/sitemaps/products-1.xml`)).status()).toBe(404)
  expect(xml).toContain("/san-pham/mien-dong-tai-hoan</loc>")
  expect(xml).toContain("/en/products/mien-dong-tai-hoan</loc>")
  expect(xml).toMatch(/hreflang="en"\s+href="[^"]*\/en\/products\/mien-dong-tai-hoan"/)
  expect(xml).toContain("/chu-the-ocop/htx-tai-hoan</loc>")
  expect(xml).toContain("/gian-hang-tinh/ninh-binh</loc>")
  expect(xml.match(/\/en\/provinces\/[a-z-]+<\/loc>/g)).toHaveLength(34)

  const robots = await request.get(`${stack.storefrontUrl}/robots.txt`)
  expect(robots.status()).toBe(200)
  const text = await robots.text()
  expect(text).toMatch(/Sitemap: \S+\/sitemap\.xml/)
  expect(text).toContain("Disallow: /gio-hang")
})
