/**
 * Trade promotion, end to end on the running stack: the operator records a fair with its producers
 * in Medusa Admin and prints its poster; a visitor at the fair opens its page on a phone (as the
 * poster's QR code does) and finds a producer's products; the operator changes the fair's venue,
 * days and producers; the operator curates Ninh Bình's pavilion and the shop shows it; a producer attaches a YouTube livestream to its product in the
 * portal and the product page shows the card, loading nothing from YouTube until it is clicked; the
 * operator attaches a TikTok video to a sample campaign in Admin, and its page does the same.
 */
import { type Browser, expect, type Page, test } from "@playwright/test"
import { cameraJpeg, open, signInToAdmin } from "../src/journey"
import { screenshot } from "../src/screenshots"
import { readStack } from "../src/stack"
import { DEMO_ACCOUNTS } from "../../seed/src/demo-accounts"

test.describe.configure({ mode: "serial" })
test.setTimeout(5 * 60 * 1000)

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "vi-VN" }
const DESKTOP = { viewport: { width: 1366, height: 900 }, locale: "vi-VN" }
const run = Date.now().toString(36)
const FAIR_NAME = `Hội chợ OCOP Ninh Bình ${run}`
/** A Ninh Bình producer the operator features in the province's pavilion. */
const FEATURED = "HTX dịch vụ nông nghiệp Hải Tân"
const YOUTUBE = /(^|\.)(youtube\.com|youtu\.be|ytimg\.com|googlevideo\.com)$/
const TIKTOK = /(^|\.)(tiktok\.com|tiktokcdn\.com|tiktokv\.com|ttwstatic\.com|byteoversea\.com)$/
/** A sample campaign (seed/src/catalogue/campaigns.ts), running until 2030. */
const CAMPAIGN = { handle: "tuan-hang-ocop-nam-dinh", name: "Tuần hàng OCOP Nam Định (nay là Ninh Bình)" }

function dayFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000)
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(date)
}

/** Reloads a cached page until the backend's revalidation has reached it. */
async function reloadUntil(page: Page, url: string, visible: () => ReturnType<Page["getByText"]>) {
  await expect
    .poll(
      async () => {
        await page.goto(url)
        return visible().isVisible()
      },
      { timeout: 60_000, intervals: [1000, 2000, 3000] },
    )
    .toBe(true)
}

async function phoneAndDesktop(browser: Browser, url: string, name: string, ready: (page: Page) => Promise<void>) {
  for (const [size, options] of [["phone", PHONE], ["desktop", DESKTOP]] as const) {
    const context = await browser.newContext(options)
    const page = await context.newPage()
    await open(page, url)
    await ready(page)
    await screenshot(page, `${name}-${size}`, { fullPage: true })
    await context.close()
  }
}

test("the operator records a fair with its producers and prints its poster; a visitor's phone finds a producer's products", async ({ browser }) => {
  const stack = readStack()
  const { context, admin } = await signInToAdmin(browser)
  await open(admin, `${stack.adminUrl}/fairs`)
  await admin.getByLabel("Name (Vietnamese, as the poster says it)").fill(FAIR_NAME)
  await admin.getByLabel("Name in English (optional)").fill(`Ninh Bình OCOP fair ${run}`)
  await admin.getByLabel(/^Handle/).fill(`hoi-cho-ocop-ninh-binh-${run}`)
  await admin.getByLabel("Venue in the commune").fill("Sân vận động thị trấn Yên Định")
  await admin.getByLabel("First day").fill(dayFromToday(0))
  await admin.getByLabel("Last day").fill(dayFromToday(3))
  await admin.getByLabel("Province (since 2025-07-01)").selectOption({ label: "Tỉnh Ninh Bình" })
  const commune = admin.getByLabel("Commune or ward")
  await expect(commune.locator("option")).not.toHaveCount(1)
  await commune.selectOption({ index: 1 })
  await admin.getByLabel("HTX Tài Hoan").check()
  await admin.getByLabel("Công ty CP Dược liệu Hải Hậu").check()
  await admin.getByRole("button", { name: "Create fair" }).click()
  const row = admin.getByRole("row").filter({ hasText: FAIR_NAME })
  await expect(row).toBeVisible()
  await expect(row.getByRole("cell").nth(3)).toHaveText("2")
  await row.scrollIntoViewIfNeeded()
  await screenshot(admin, "admin-fairs")

  const posterUrl = await row.getByRole("link", { name: "Print poster" }).getAttribute("href")
  expect(posterUrl).toMatch(/\/hoi-cho\/hoi-cho-ocop-ninh-binh-[a-z0-9]+\/ap-phich$/)
  await context.close()

  let fairUrl = ""
  await phoneAndDesktop(browser, posterUrl!, "poster", async (page) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(FAIR_NAME)
    const qr = page.getByRole("img", { name: "Mã QR mở trang hội chợ" })
    await expect(qr.locator("svg")).toBeVisible()
    fairUrl = (await qr.getAttribute("data-fair-url"))!
    await expect(page.getByRole("button", { name: "In áp phích (A4)" })).toBeVisible()
  })
  expect(fairUrl).toBe(posterUrl!.replace(/\/ap-phich$/, ""))

  // The fair is among those on now, linked from the home page.
  const phone = await browser.newContext(PHONE)
  const visitor = await phone.newPage()
  await open(visitor, stack.storefrontUrl)
  await visitor.getByRole("link", { name: "Hội chợ OCOP đang và sắp diễn ra" }).click()
  await expect(visitor.getByRole("link", { name: FAIR_NAME })).toBeVisible()
  await screenshot(visitor, "fairs-phone", { fullPage: true })

  // At the fair: the visitor scans the poster and looks for Tài Hoan's stall.
  await open(visitor, fairUrl)
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(FAIR_NAME)
  await expect(visitor.getByText("Đang diễn ra")).toBeVisible()
  await screenshot(visitor, "fair-visitor-phone")
  await visitor.getByRole("navigation", { name: "Các chủ thể tham gia" }).getByRole("link", { name: /HTX Tài Hoan/ }).click()
  const stall = visitor.getByRole("region", { name: "HTX Tài Hoan" })
  await expect(stall.getByRole("heading", { level: 3, name: /Miến dong/ }).first()).toBeInViewport()
  await screenshot(visitor, "fair-visitor-stall-phone")
  await phone.close()
  await phoneAndDesktop(browser, fairUrl, "fair", async (page) => {
    await expect(page.getByRole("region", { name: "Công ty CP Dược liệu Hải Hậu" })).toBeVisible()
  })
})

test("the operator changes the fair's venue, last day and producers in Admin, a reversed day refused first; its page follows", async ({ browser }) => {
  const stack = readStack()
  const venue = `Nhà văn hoá xã ${run}`
  const { context, admin } = await signInToAdmin(browser)
  await open(admin, `${stack.adminUrl}/fairs`)
  await admin.getByRole("button", { name: `Change ${FAIR_NAME}` }).click()
  const form = admin.getByRole("form", { name: `Change ${FAIR_NAME}` })
  await expect(form.getByLabel("Name (Vietnamese, as the poster says it)")).toHaveValue(FAIR_NAME)
  // Its place comes as it was recorded: the province and the commune chosen.
  await expect(form.getByLabel("Province (since 2025-07-01)")).toHaveValue("37")
  await expect(form.getByLabel("Commune or ward")).not.toHaveValue("")
  await expect(form.getByLabel("HTX Tài Hoan")).toBeChecked()
  await form.getByLabel("Venue in the commune").fill(venue)
  await form.getByLabel("Công ty CP Dược liệu Hải Hậu").uncheck()
  await form.getByLabel("Last day").fill(dayFromToday(-1))
  await form.getByRole("button", { name: "Save changes" }).click()
  await expect(admin.getByText(/before it starts/)).toBeVisible()
  await form.getByLabel("Last day").fill(dayFromToday(5))
  await screenshot(admin, "admin-fair-edit")
  await form.getByRole("button", { name: "Save changes" }).click()
  const row = admin.getByRole("row").filter({ hasText: FAIR_NAME })
  await expect(row.getByRole("cell").nth(2)).toContainText(venue)
  await expect(row.getByRole("cell").nth(3)).toHaveText("1")
  await expect(admin.getByRole("form", { name: "New fair" })).toBeVisible()
  const fairUrl = await row.getByRole("link", { name: "Open page" }).getAttribute("href")
  await context.close()

  const phone = await browser.newContext(PHONE)
  const visitor = await phone.newPage()
  await reloadUntil(visitor, fairUrl!, () => visitor.getByText(venue))
  await expect(visitor.getByRole("region", { name: "Công ty CP Dược liệu Hải Hậu" })).toHaveCount(0)
  await expect(visitor.getByRole("region", { name: "HTX Tài Hoan" })).toBeVisible()
  await phone.close()
})

test("the operator curates Ninh Bình's pavilion: its banner, introduction and featured producer show first", async ({ browser }) => {
  const stack = readStack()
  const introduction = `Gian hàng Ninh Bình ${run}: gạo, trứng và miến của vùng biển Hải Hậu.`
  const { context, admin } = await signInToAdmin(browser)
  await open(admin, `${stack.adminUrl}/pavilions`)
  await admin.getByLabel("Province (since 2025-07-01)").selectOption({ label: "Tỉnh Ninh Bình" })
  await expect(admin.getByRole("heading", { name: "Tỉnh Ninh Bình" })).toBeVisible()
  await admin.getByLabel(/^Banner/).setInputFiles({ name: "ninh-binh.jpg", mimeType: "image/jpeg", buffer: await cameraJpeg(admin) })
  await admin.getByLabel("Introduction (Vietnamese)").fill(introduction)
  const haiTan = admin.getByLabel(FEATURED, { exact: true })
  if (!(await haiTan.isChecked())) await haiTan.check()
  await admin.getByRole("button", { name: "Save pavilion" }).click()
  await expect(admin.getByText(/pavilion is saved/)).toBeVisible({ timeout: 60_000 })
  await expect(admin.getByRole("img", { name: "Banner of Tỉnh Ninh Bình" })).toBeVisible()
  await screenshot(admin, "admin-pavilion", { fullPage: true })
  await context.close()

  const url = `${stack.storefrontUrl}/gian-hang-tinh/ninh-binh`
  const phone = await browser.newContext(PHONE)
  const buyer = await phone.newPage()
  await reloadUntil(buyer, url, () => buyer.getByText(introduction))
  await expect(buyer.getByRole("img", { name: "Ảnh Tỉnh Ninh Bình" })).toBeVisible()
  await phone.close()
  await phoneAndDesktop(browser, url, "pavilion", async (page) => {
    await expect(page.getByText(introduction)).toBeVisible()
    // Featured producers come first, before the rest in their own order (by name).
    const producers = await page.getByRole("region", { name: "Chủ thể OCOP" }).getByRole("link").allTextContents()
    expect(producers.indexOf(FEATURED)).toBeGreaterThanOrEqual(0)
    expect(producers.indexOf(FEATURED)).toBeLessThan(producers.indexOf("Công ty TNHH Biển Đông DHC"))
  })
})

test("a producer attaches a YouTube livestream to its product; the product page shows the card and loads nothing from YouTube until it is clicked", async ({ browser, request }) => {
  const stack = readStack()
  const producer = DEMO_ACCOUNTS.find((account) => account.role === "producer")!
  const { products } = await (
    await request.get(`${stack.backendUrl}/store/products?handle=mien-dong-tai-hoan&fields=id`, { headers: { "x-publishable-api-key": stack.publishableKey } })
  ).json()
  const productId = products[0].id as string
  const title = `Livestream miến dong ${run}`

  const portalContext = await browser.newContext(DESKTOP)
  const portal = await portalContext.newPage()
  await open(portal, `${stack.storefrontUrl}/producer`)
  await portal.getByLabel("Email").fill(producer.email)
  await portal.getByLabel("Mật khẩu").fill(producer.password)
  await portal.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(portal.getByRole("heading", { level: 1 })).toHaveText("HTX Tài Hoan")
  await open(portal, `${stack.storefrontUrl}/producer/san-pham/${productId}`)
  await portal.getByLabel("Đường dẫn video").fill("https://vimeo.com/123")
  await portal.getByLabel("Tiêu đề thẻ").fill(title)
  await portal.getByRole("button", { name: "Thêm video" }).click()
  await expect(portal.getByText(/YouTube, TikTok or Facebook/).first()).toBeVisible()
  await portal.getByLabel("Đường dẫn video").fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
  await portal.getByLabel("Tiêu đề thẻ").fill(title)
  await portal.getByLabel("Loại").selectOption("live")
  await portal.getByLabel("Thời điểm phát (không bắt buộc)").fill("2026-12-12T19:30")
  await portal.getByRole("button", { name: "Thêm video" }).click()
  await expect(portal.getByText("Đã thêm video; trang sản phẩm hiện thẻ trong ít phút.")).toBeVisible()
  await screenshot(portal, "portal-video", { fullPage: true })
  await portalContext.close()

  for (const [size, options] of [["phone", PHONE], ["desktop", DESKTOP]] as const) {
    const context = await browser.newContext(options)
    const fromYouTube: string[] = []
    context.on("request", (sent) => {
      if (YOUTUBE.test(new URL(sent.url()).hostname)) fromYouTube.push(sent.url())
    })
    const buyer = await context.newPage()
    const url = `${stack.storefrontUrl}/san-pham/mien-dong-tai-hoan`
    const card = () => buyer.getByRole("link", { name: new RegExp(title) })
    await reloadUntil(buyer, url, () => buyer.getByText(title))
    await buyer.waitForLoadState("networkidle")
    await card().scrollIntoViewIfNeeded()
    await expect(card()).toContainText("YouTube")
    await expect(card()).toContainText("Trực tiếp")
    await expect(card().locator("time")).toHaveAttribute("datetime", "2026-12-12T12:30:00.000Z")
    await screenshot(buyer, `product-video-${size}`)
    expect(fromYouTube).toEqual([])
    const opened = context.waitForEvent("page")
    await card().click()
    await opened
    // The click opens the video in a new tab: only then does anything go to YouTube (offline, the tab shows an error).
    await expect.poll(() => fromYouTube[0], { timeout: 15_000 }).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    await context.close()
  }
})

test("the operator attaches a TikTok video to a campaign in Admin; the campaign page shows the card and loads nothing from TikTok until it is clicked", async ({ browser }) => {
  const stack = readStack()
  const title = `Phiên chợ Nam Định ${run}`
  const tiktokUrl = `https://www.tiktok.com/@ocopninhbinh/video/${Date.now()}`
  const { context, admin } = await signInToAdmin(browser)
  await open(admin, `${stack.adminUrl}/trade-campaigns`)
  const form = admin.getByRole("form", { name: `Video for ${CAMPAIGN.name}` })
  await form.getByLabel("Video address").fill("https://vimeo.com/123")
  await form.getByLabel("Video title").fill(title)
  await form.getByRole("button", { name: "Add video" }).click()
  await expect(admin.getByText(/YouTube, TikTok or Facebook/).first()).toBeVisible()
  await form.getByLabel("Video address").fill(tiktokUrl)
  await form.getByRole("button", { name: "Add video" }).click()
  const attached = admin.getByRole("link", { name: `www.tiktok.com: ${title}` })
  await expect(attached).toBeVisible()
  await attached.scrollIntoViewIfNeeded()
  await screenshot(admin, "admin-campaign-video")

  const url = `${stack.storefrontUrl}/chien-dich/${CAMPAIGN.handle}`
  for (const [size, options] of [["phone", PHONE], ["desktop", DESKTOP]] as const) {
    const buyerContext = await browser.newContext(options)
    const fromTikTok: string[] = []
    buyerContext.on("request", (sent) => {
      if (TIKTOK.test(new URL(sent.url()).hostname)) fromTikTok.push(sent.url())
    })
    const buyer = await buyerContext.newPage()
    const card = () => buyer.getByRole("link", { name: new RegExp(title) })
    await reloadUntil(buyer, url, () => buyer.getByText(title))
    await buyer.waitForLoadState("networkidle")
    await card().scrollIntoViewIfNeeded()
    await expect(card()).toContainText("TikTok")
    await expect(card()).toContainText("Xem lại")
    await screenshot(buyer, `campaign-video-${size}`)
    expect(fromTikTok).toEqual([])
    const opened = buyerContext.waitForEvent("page")
    await card().click()
    await opened
    await expect.poll(() => fromTikTok[0], { timeout: 15_000 }).toBe(tiktokUrl)
    await buyerContext.close()
  }

  // Taken off again, so the sample campaign's page does not gather one card per run.
  await admin.getByRole("button", { name: `Remove ${title}` }).click()
  await expect(attached).toHaveCount(0)
  await context.close()
})
