import AxeBuilder from "@axe-core/playwright"
import { expect, type Page, test } from "@playwright/test"
import { sampleProductDetails } from "../../seed/src/catalogue/products"
import { readStack } from "../src/stack"

const mienDong = sampleProductDetails.find((p) => p.nameVi === "Miến dong Tài Hoan")!

/** The buyer's pages of issue 3 in each language, with the words the add-to-cart flow shows. */
const LOCALES = {
  vi: {
    prefix: "",
    paths: { home: "/", catalogue: "/san-pham", product: `/san-pham/${mienDong.handle}`, cart: "/gio-hang", checkout: "/thanh-toan" },
    productName: mienDong.nameVi,
    addToCart: "Thêm vào giỏ",
    added: /Đã thêm/,
  },
  en: {
    prefix: "/en",
    paths: { home: "", catalogue: "/products", product: `/products/${mienDong.handle}`, cart: "/cart", checkout: "/checkout" },
    productName: mienDong.titleEn,
    addToCart: "Add to cart",
    added: /added to your cart/,
  },
} as const

type Locale = keyof typeof LOCALES
type PageName = keyof (typeof LOCALES)[Locale]["paths"]

function urlOf(locale: Locale, page: PageName): string {
  const { prefix, paths } = LOCALES[locale]
  return `${readStack().storefrontUrl}${prefix}${paths[page]}`
}

async function addMienDongToCart(page: Page, locale: Locale): Promise<void> {
  await page.goto(urlOf(locale, "product"))
  await page.getByRole("button", { name: LOCALES[locale].addToCart }).click()
  // A development stack compiles the cart's server action on its first use.
  await expect(page.getByRole("status").filter({ hasText: LOCALES[locale].added })).toBeVisible({ timeout: 90_000 })
}

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number]

function describeViolations(violations: Violation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}`,
        ...violation.nodes.map((node) => `    ${node.target.join(" ")}\n      ${node.failureSummary?.replaceAll("\n", "\n      ")}`),
      ].join("\n"),
    )
    .join("\n")
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  await expect(page.getByRole("main")).toBeVisible()
  // The development server's overlay is not part of the shop.
  const results = await new AxeBuilder({ page }).exclude("nextjs-portal").analyze()
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
  expect(serious.map((violation) => violation.id), `axe found serious or critical violations on ${page.url()}:\n${describeViolations(serious)}`).toEqual([])
}

/** Cart and checkout are checked as a buyer sees them with a pack in the cart. */
const PAGES: { name: PageName; withCart: boolean }[] = [
  { name: "home", withCart: false },
  { name: "catalogue", withCart: false },
  { name: "product", withCart: false },
  { name: "cart", withCart: true },
  { name: "checkout", withCart: true },
]

for (const { name, withCart } of PAGES) {
  for (const locale of ["vi", "en"] as const) {
    test(`axe finds no serious or critical violations on the ${name} page (${locale})`, async ({ page }) => {
      if (withCart) await addMienDongToCart(page, locale)
      await page.goto(urlOf(locale, name))
      // Not redirected away (an empty cart's checkout would be), and showing the pack added.
      const expected = new URL(urlOf(locale, name)).pathname
      await expect(page).toHaveURL((url) => url.pathname === expected)
      if (withCart) await expect(page.getByRole("main")).toContainText(LOCALES[locale].productName)
      await expectNoSeriousViolations(page)
    })
  }
}
