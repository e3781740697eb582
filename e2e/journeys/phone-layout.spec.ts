/**
 * The shop on a phone and on a wide screen, in Vietnamese and in English (issue 14): the sticky
 * header and its menu, the product page's buy bar, the cart's − / + steppers, the trust footer and
 * its policy pages, the favicon and manifest, and the same forms without JavaScript.
 */
import AxeBuilder from "@axe-core/playwright"
import { expect as baseExpect, type Page, test } from "@playwright/test"
import { readStack } from "../src/stack"
import { screenshot } from "../src/screenshots"

// A development stack compiles each page and server action on its first use.
test.describe.configure({ timeout: 300_000 })
const expect = baseExpect.configure({ timeout: 90_000 })

const PRODUCT_HANDLE = "mien-dong-tai-hoan"
const PACK_PRICE = 60_000

const LANGUAGES = {
  vi: {
    prefix: "",
    product: `/san-pham/${PRODUCT_HANDLE}`,
    cart: "/gio-hang",
    catalogue: "/san-pham",
    addToCart: "Thêm vào giỏ",
    added: /Đã thêm 1 sản phẩm/,
    cartLink: /^Giỏ hàng/,
    cartWithOne: "Giỏ hàng, 1 sản phẩm",
    menu: "Danh mục",
    products: "Sản phẩm",
    productsPath: "/san-pham",
    increase: /^Thêm một/,
    decrease: /^Bớt một/,
    policiesNav: "Chính sách",
    policies: [
      { title: "Chính sách giao hàng", path: "/chinh-sach/giao-hang" },
      { title: "Chính sách đổi trả và hoàn tiền", path: "/chinh-sach/doi-tra" },
      { title: "Chính sách bảo mật thông tin", path: "/chinh-sach/bao-mat" },
      { title: "Chính sách thanh toán", path: "/chinh-sach/thanh-toan" },
    ],
    hotline: "024 0000 0000",
    registration: /Bộ Công Thương.*thông báo mẫu/,
    filters: "Bộ lọc",
    stars: /^3 sao/,
    apply: "Áp dụng",
  },
  en: {
    prefix: "/en",
    product: `/en/products/${PRODUCT_HANDLE}`,
    cart: "/en/cart",
    catalogue: "/en/products",
    addToCart: "Add to cart",
    added: /1 item added|added to your cart/,
    cartLink: /^Cart/,
    cartWithOne: "Cart, 1 item",
    menu: "Menu",
    products: "Products",
    productsPath: "/en/products",
    increase: /^One more/,
    decrease: /^One fewer/,
    policiesNav: "Policies",
    policies: [
      { title: "Shipping policy", path: "/en/policies/shipping" },
      { title: "Returns and refunds policy", path: "/en/policies/returns" },
      { title: "Privacy policy", path: "/en/policies/privacy" },
      { title: "Payment policy", path: "/en/policies/payment" },
    ],
    hotline: "024 0000 0000",
    registration: /Ministry of Industry and Trade.*sample notice/,
    filters: "Filters",
    stars: /^3 stars/,
    apply: "Apply",
  },
} as const

type Language = keyof typeof LANGUAGES

const SCREENS = {
  phone: { width: 390, height: 844 },
  wide: { width: 1366, height: 900 },
} as const

type Screen = keyof typeof SCREENS

const url = (path: string) => `${readStack().storefrontUrl}${path}`

function formatVnd(amount: number): string {
  return new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(amount)
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  // The development server's overlay is not part of the shop.
  const results = await new AxeBuilder({ page }).exclude("nextjs-portal").analyze()
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(" ")).join(", ")})`),
    `axe on ${page.url()}`,
  ).toEqual([])
}

/** Every visible label in the header on one line: no "Trang / chủ". */
async function headerLabelsOnOneLine(page: Page): Promise<string[]> {
  return page.locator("header").evaluate((header) => {
    const wrapped: string[] = []
    const texts = document.createTreeWalker(header, NodeFilter.SHOW_TEXT)
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      if (!text.textContent?.trim() || !text.parentElement?.checkVisibility()) continue
      const range = document.createRange()
      range.selectNodeContents(text)
      const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)))
      if (lines.size > 1) wrapped.push(text.textContent)
    }
    return wrapped
  })
}

async function addOnePack(page: Page, language: Language): Promise<void> {
  const words = LANGUAGES[language]
  await page.goto(url(words.product))
  await page.getByRole("button", { name: words.addToCart }).click()
  await expect(page.getByRole("status").filter({ hasText: words.added })).toBeVisible()
}

for (const language of ["vi", "en"] as const) {
  const words = LANGUAGES[language]
  for (const screen of ["phone", "wide"] as const satisfies Screen[]) {
    const viewport = SCREENS[screen]

    test(`the header stays on screen and the product page's add to cart is at hand (${language}, ${screen})`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await page.goto(url(words.product))
      const header = page.getByRole("banner")
      const headerBox = await header.boundingBox()
      expect(headerBox!.height, "a compact header").toBeLessThanOrEqual(72)

      // Scrolled well down the page, the header is still at the top with its cart.
      await page.evaluate(() => window.scrollTo(0, 1400))
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600)
      expect((await header.boundingBox())!.y).toBe(0)
      await expect(header.getByRole("link", { name: words.cartLink })).toBeInViewport()

      const add = page.getByRole("button", { name: words.addToCart })
      if (screen === "phone") {
        // The buy bar: the price and the form's own button, fixed to the bottom of the screen.
        await expect(add).toBeInViewport()
        const bar = await add.boundingBox()
        expect(bar!.y + bar!.height).toBeGreaterThan(viewport.height - 80)
        await expect(page.getByText(formatVnd(PACK_PRICE)).last()).toBeInViewport()
        await screenshot(page, `product-${language}-${screen}-scrolled`)
      } else {
        await page.evaluate(() => window.scrollTo(0, 0))
      }
      await add.click()
      await expect(page.getByRole("status").filter({ hasText: words.added })).toBeVisible()
      await expect(header.getByRole("link", { name: words.cartWithOne })).toBeVisible()
      await screenshot(page, `product-${language}-${screen}-added`)
      expect(await headerLabelsOnOneLine(page)).toEqual([])
      await expectNoSeriousViolations(page)
    })

    test(`the cart's steppers change the quantity and the total (${language}, ${screen})`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await addOnePack(page, language)
      await page.goto(url(words.cart))
      const quantity = page.getByRole("spinbutton")
      const subtotal = page.getByRole("complementary").locator("dd").first()
      await expect(quantity).toHaveValue("1")
      await expect(subtotal).toHaveText(formatVnd(PACK_PRICE))

      await page.getByRole("button", { name: words.increase }).click()
      // The number asked for shows at once; the total follows once the cart has saved it.
      await expect(quantity).toHaveValue("2", { timeout: 1000 })
      await expect(subtotal).toHaveText(formatVnd(2 * PACK_PRICE))
      await page.getByRole("button", { name: words.increase }).click()
      await expect(subtotal).toHaveText(formatVnd(3 * PACK_PRICE))
      await page.getByRole("button", { name: words.decrease }).click()
      await expect(subtotal).toHaveText(formatVnd(2 * PACK_PRICE))
      await expect(quantity).toHaveValue("2")
      await screenshot(page, `cart-${language}-${screen}`)
      await expectNoSeriousViolations(page)

      // A typed number is saved without a button.
      await quantity.fill("4")
      await expect(subtotal).toHaveText(formatVnd(4 * PACK_PRICE))
    })

    test(`the footer's policy links open real pages, and the footer says who runs the shop (${language}, ${screen})`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await page.goto(url(words.prefix || "/"))
      const footer = page.getByRole("contentinfo")
      await expect(footer).toContainText(words.hotline)
      await expect(footer).toContainText(words.registration)
      const policies = footer.getByRole("navigation", { name: words.policiesNav })
      for (const policy of words.policies) {
        await expect(policies.getByRole("link", { name: policy.title })).toHaveAttribute("href", policy.path)
        const response = await page.request.get(url(policy.path))
        expect(response.status(), policy.path).toBe(200)
      }
      await policies.getByRole("link", { name: words.policies[1].title }).click()
      await expect(page).toHaveURL(url(words.policies[1].path))
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.policies[1].title)
      await expect(page.getByRole("main").getByRole("heading", { level: 2 }).first()).toBeVisible()
      await screenshot(page, `policy-${language}-${screen}`)
      await expectNoSeriousViolations(page)
    })
  }

  test(`the phone menu opens from the keyboard, leads on and closes (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await addOnePack(page, language)
    // At 360 px with the cart's count showing, no label in the header wraps.
    await expect(page.getByRole("banner").getByRole("link", { name: words.cartWithOne })).toBeVisible()
    expect(await headerLabelsOnOneLine(page)).toEqual([])

    const menu = page.locator("header details")
    const summary = menu.locator("summary")
    await expect(summary).toHaveAccessibleName(words.menu)
    await summary.focus()
    await page.keyboard.press("Enter")
    await expect(menu).toHaveAttribute("open", "")
    const products = menu.getByRole("link", { name: words.products, exact: true })
    await expect(products).toBeVisible()
    expect(await headerLabelsOnOneLine(page)).toEqual([])
    await screenshot(page, `menu-${language}-open`)
    await expectNoSeriousViolations(page)
    await page.keyboard.press("Enter")
    await expect(menu).not.toHaveAttribute("open")
    await expect(summary).toBeFocused()

    await summary.click()
    await products.click()
    await expect(page).toHaveURL(url(words.productsPath))
    await expect(menu).not.toHaveAttribute("open")
  })
}

test("the favicon, the touch icon and the web app manifest with its icons answer", async ({ request }) => {
  for (const path of ["/favicon.ico", "/icon.svg", "/apple-icon.png"]) {
    expect((await request.get(url(path))).status(), path).toBe(200)
  }
  const manifest = await request.get(url("/manifest.webmanifest"))
  expect(manifest.status()).toBe(200)
  const { icons, start_url } = (await manifest.json()) as { icons: { src: string; sizes: string }[]; start_url: string }
  expect(start_url).toBe("/")
  expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]))
  for (const icon of icons) {
    const response = await request.get(url(icon.src))
    expect(response.status(), icon.src).toBe(200)
  }
  const home = await request.get(url("/"))
  const html = await home.text()
  expect(html).toContain('rel="manifest"')
  expect(html).toContain('rel="icon"')
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: SCREENS.phone })

  test("the menu opens, the filters apply by their button into a URL without empty fields, and the steppers post", async ({ page }) => {
    const words = LANGUAGES.vi
    await page.goto(url(words.catalogue))
    await page.locator("header summary").click()
    await expect(page.locator("header details").getByRole("link", { name: words.products, exact: true })).toBeVisible()
    // Without a script the menu closes as it opened, by its button.
    await page.locator("header summary").click()

    await page.locator("summary", { hasText: words.filters }).click()
    await page.getByRole("checkbox", { name: words.stars }).check()
    await page.getByRole("button", { name: words.apply }).click()
    await expect(page).toHaveURL(url(`${words.catalogue}?stars=3`))

    await page.goto(url(words.product))
    await page.getByRole("button", { name: words.addToCart }).click()
    await expect(page.getByRole("status").filter({ hasText: words.added })).toBeVisible()
    await page.goto(url(words.cart))
    await page.getByRole("button", { name: words.increase }).click()
    await expect(page.getByRole("spinbutton")).toHaveValue("2")
    await expect(page.getByRole("complementary").locator("dd").first()).toHaveText(formatVnd(2 * PACK_PRICE))
    await screenshot(page, "cart-vi-phone-no-js")
  })
})
