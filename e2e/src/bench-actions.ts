/**
 * The buyer's actions on a production build, as a browser makes them: add to cart from the product
 * page, one more pack with the cart's + stepper, the checkout's delivery step and placing the
 * order (cash on delivery). Each run is a new buyer (a fresh browser context, so a new cart), and
 * each action's figure is its server time: from the browser sending the action's request to the
 * end of its answer (serverTime below), which is what a buyer waits for beyond the page's own
 * pending state. The runs take one pack each from the sample products
 * in turn, so no pack runs out of stock.
 */
import { chromium, expect, type Page, type Request } from "@playwright/test"
import { sampleProductDetails } from "../../seed/src/catalogue/products"
import { CHECKOUT_VI, fillDeliveryDetails } from "./checkout-steps"

export const ACTION_RUNS = 50

/** Issue 14's goals, at p95. */
export const ACTION_GOALS_MS = { addToCart: 300, changeQuantity: 300, checkoutStep: 500, placeOrder: 1500 } as const
export type ActionName = keyof typeof ACTION_GOALS_MS

export type ActionFigures = Record<ActionName, { p50Ms: number; p95Ms: number; runs: number }>

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const ACTION_TIMEOUT_MS = 60_000

export async function measureActions(storefrontUrl: string, runs = ACTION_RUNS): Promise<ActionFigures> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  })
  const times: Record<ActionName, number[]> = { addToCart: [], changeQuantity: [], checkoutStep: [], placeOrder: [] }
  try {
    for (let run = 0; run < runs; run++) {
      const product = sampleProductDetails[run % sampleProductDetails.length]!
      const context = await browser.newContext({ locale: "vi-VN", viewport: { width: 390, height: 844 } })
      const page = await context.newPage()
      page.setDefaultTimeout(ACTION_TIMEOUT_MS)
      try {
        await page.goto(`${storefrontUrl}${CHECKOUT_VI.productPath}/${product.handle}`)
        times.addToCart.push(await serverTime(page, () => page.getByRole("button", { name: CHECKOUT_VI.addToCart }).click()))
        await page.getByRole("status").filter({ hasText: /1/ }).first().waitFor()

        await page.goto(`${storefrontUrl}/gio-hang`)
        times.changeQuantity.push(await serverTime(page, () => page.getByRole("button", { name: /^Thêm một/ }).click()))
        await expect(page.getByRole("spinbutton")).toHaveValue("2")

        await page.goto(`${storefrontUrl}${CHECKOUT_VI.checkoutPath}`)
        await fillDeliveryDetails(page, CHECKOUT_VI, `bench.${run}@example.vn`)
        times.checkoutStep.push(await serverTime(page, () => page.getByRole("button", { name: CHECKOUT_VI.toReview }).click()))
        await page.waitForURL(/step=review/)

        times.placeOrder.push(await serverTime(page, () => page.getByRole("button", { name: CHECKOUT_VI.placeOrder }).click()))
        await page.waitForURL(/\/don-hang\/order_/)
      } catch (error) {
        throw new Error(`actions: run ${run + 1} (${product.handle}) failed at ${page.url()}: ${error instanceof Error ? error.message : error}`)
      } finally {
        await context.close()
      }
    }
  } finally {
    await browser.close()
  }
  const figures = {} as ActionFigures
  for (const [name, values] of Object.entries(times) as [ActionName, number[]][]) {
    figures[name] = { p50Ms: percentile(values, 50), p95Ms: percentile(values, 95), runs: values.length }
  }
  return figures
}

/**
 * The server time of the first POST the click sends (a server action, or the form's own post):
 * from the request leaving the browser to its answer's end. A server action's answer streams the
 * refreshed page, and the page often stops reading it once it has what it needs (Chromium then
 * reports the request as aborted); that moment is its end too, as the buyer waits for no more.
 */
async function serverTime(page: Page, click: () => Promise<void>): Promise<number> {
  let sent: Request | undefined
  let startedAt = 0
  const ended = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The action's request did not end within a minute.")), ACTION_TIMEOUT_MS)
    const onRequest = (request: Request) => {
      if (sent || request.method() !== "POST") return
      sent = request
      startedAt = performance.now()
    }
    const onEnd = (request: Request) => {
      if (request !== sent) return
      clearTimeout(timer)
      page.off("request", onRequest).off("requestfinished", onEnd).off("requestfailed", onEnd)
      resolve(performance.now() - startedAt)
    }
    page.on("request", onRequest).on("requestfinished", onEnd).on("requestfailed", onEnd)
  })
  await click()
  return ended
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}
