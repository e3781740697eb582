// Steps the journeys share: waiting out a development backend's restart, making the backend stop
// answering for a while, opening a page once its forms are hydrated, signing in to the admin API as
// the operator or as showroom staff, and reading the confirmation link a registration emailed.
import { execFileSync } from "node:child_process"
import { type APIRequestContext, type Browser, type BrowserContext, expect, type Page } from "@playwright/test"
import { DEMO_ACCOUNTS } from "../../seed/src/demo-accounts"
import { readStack } from "./stack"

/** A showroom staff member's bearer token for the counter API. */
export async function staffToken(request: APIRequestContext, account: { email: string; password: string }): Promise<string> {
  const response = await request.post(`${readStack().backendUrl}/auth/pos_staff/emailpass`, { data: { email: account.email, password: account.password } })
  expect(response.status()).toBe(200)
  return (await response.json()).token
}

/** A read of the counter API (`/pos…`) as a staff member, which must answer 200. */
export async function posGet<T>(request: APIRequestContext, token: string, path: string): Promise<T> {
  const response = await request.get(`${readStack().backendUrl}/pos${path}`, { headers: { authorization: `Bearer ${token}` } })
  expect(response.status(), path).toBe(200)
  return (await response.json()) as T
}

/** The development backend restarts when its code changes: wait for it rather than fail on it. */
export async function backendAnswers(): Promise<void> {
  const { backendUrl } = readStack()
  for (let attempt = 0; attempt < 60; attempt++) {
    const ok = await fetch(`${backendUrl}/health`, { signal: AbortSignal.timeout(3000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
}

/**
 * Makes the backend stop answering, as a hung server or a cut network does: its process is paused
 * (SIGSTOP), so connections open and no answer comes, and the storefront's own timeouts must speak.
 * Returns what resumes it (SIGCONT) and waits until it answers; call that in a finally or afterEach.
 */
export async function freezeBackend(): Promise<() => Promise<void>> {
  const port = new URL(readStack().backendUrl).port || "80"
  let listing: string
  try {
    listing = execFileSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8" })
  } catch (error) {
    throw new Error(`Could not find the backend's process with ss (iproute2): ${error instanceof Error ? error.message : error}`)
  }
  const pids = [...new Set([...listing.matchAll(/pid=(\d+)/g)].map((match) => Number(match[1])))]
  if (pids.length === 0) throw new Error(`No process listens on the backend's port ${port}.`)
  for (const pid of pids) process.kill(pid, "SIGSTOP")
  return async () => {
    for (const pid of pids) process.kill(pid, "SIGCONT")
    await backendAnswers()
  }
}

/** Opens a page and waits until its forms are hydrated: a development stack compiles their script on first use. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForLoadState("networkidle")
}

/** The Authorization header of the demo operator, for the admin API's checks and changes. */
export async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const stack = readStack()
  const operator = DEMO_ACCOUNTS.find((account) => account.role === "operator")!
  const response = await request.post(`${stack.backendUrl}/auth/user/emailpass`, {
    data: { email: operator.email, password: operator.password },
  })
  expect(response.status()).toBe(200)
  const { token } = await response.json()
  return { authorization: `Bearer ${token}` }
}

/** A producer's member signed in to the portal in Vietnamese, on its overview. */
export async function signInToPortal(page: Page, member: { email: string; password: string }): Promise<void> {
  await open(page, `${readStack().storefrontUrl}/producer`)
  await page.getByLabel("Email").fill(member.email)
  await page.getByLabel("Mật khẩu").fill(member.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
}

/** The demo operator signed in to Medusa Admin at a desktop's width, on its first page. */
export async function signInToAdmin(browser: Browser): Promise<{ context: BrowserContext; admin: Page }> {
  const stack = readStack()
  const operator = DEMO_ACCOUNTS.find((account) => account.role === "operator")!
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "en-US" })
  const admin = await context.newPage()
  await admin.goto(`${stack.adminUrl}/login`)
  await admin.locator("input[name=email]").fill(operator.email)
  await admin.locator("input[type=password]").fill(operator.password)
  await admin.getByRole("button", { name: /continue/i }).click()
  await expect(admin).toHaveURL(/\/app\/(orders|products)/)
  return { context, admin }
}

/**
 * The link of the newest email of one kind sent to `email` (its data's `field`), as the operator
 * sees the notification in the Admin API (`GET /admin/notifications`): the local stack's
 * notification provider only logs emails, and Medusa keeps each one with its data. Waits for it,
 * since it is sent after the answer.
 */
async function emailedLink(request: APIRequestContext, email: string, field: "confirm_url" | "reset_url" | "invite_url", what: string): Promise<string> {
  const stack = readStack()
  const headers = await adminHeaders(request)
  let link: string | undefined
  await expect
    .poll(
      async () => {
        const response = await request.get(`${stack.backendUrl}/admin/notifications`, { headers, params: { to: email, order: "-created_at" } })
        const { notifications } = (await response.json()) as { notifications: { data?: Record<string, unknown> | null }[] }
        const url = notifications.map((notification) => notification.data?.[field]).find((value) => typeof value === "string")
        link = url as string | undefined
        return link
      },
      { message: `${what} sent to ${email}`, timeout: 30_000 },
    )
    .toBeDefined()
  return link!
}

/** The link of the newest confirmation email sent to `email`. */
export function confirmationLink(request: APIRequestContext, email: string): Promise<string> {
  return emailedLink(request, email, "confirm_url", "a confirmation link")
}

/** The link of the newest password reset email sent to `email`. */
export function passwordResetLink(request: APIRequestContext, email: string): Promise<string> {
  return emailedLink(request, email, "reset_url", "a password reset link")
}

/** The link of the newest invitation to work for a producer sent to `email`. */
export function producerInviteLink(request: APIRequestContext, email: string): Promise<string> {
  return emailedLink(request, email, "invite_url", "an invitation link")
}

/** A fresh address for every run, so a journey can be repeated on the same database. */
export function uniqueEmail(): string {
  return `mai.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.vn`
}

/** A new customer, Trần Thị Mai, made through the store API as the register page and the link of its email make one. */
export async function registerBuyer(request: APIRequestContext): Promise<{ email: string; password: string }> {
  const stack = readStack()
  const buyer = { email: uniqueEmail(), password: "ocop-mai-2025" }
  const store = { "x-publishable-api-key": stack.publishableKey }
  const registered = await request.post(`${stack.backendUrl}/store/registrations`, {
    headers: store,
    data: { ...buyer, first_name: "Mai", last_name: "Trần Thị", phone: "0912345678" },
  })
  expect(registered.status()).toBe(202)
  const token = new URL(await confirmationLink(request, buyer.email)).searchParams.get("token")
  const confirmed = await request.post(`${stack.backendUrl}/store/registrations/confirm`, { headers: store, data: { token } })
  expect(confirmed.status()).toBe(200)
  return buyer
}

/** The operator packs the whole order in one parcel, as in Medusa Admin; the parcel's fulfillment id. */
export async function packOrder(request: APIRequestContext, orderId: string): Promise<string> {
  const stack = readStack()
  const admin = await adminHeaders(request)
  const { order } = await (await request.get(`${stack.backendUrl}/admin/orders/${orderId}`, { headers: admin, params: { fields: "id,*items" } })).json()
  const fulfilled = await request.post(`${stack.backendUrl}/admin/orders/${orderId}/fulfillments`, {
    headers: admin,
    data: { items: order.items.map((item: { id: string; quantity: number }) => ({ id: item.id, quantity: item.quantity })) },
  })
  expect(fulfilled.status()).toBe(200)
  const { order: withFulfillment } = await (
    await request.get(`${stack.backendUrl}/admin/orders/${orderId}`, { headers: admin, params: { fields: "id,*fulfillments" } })
  ).json()
  return withFulfillment.fulfillments[0].id as string
}

/** The operator marks the parcel delivered, as in Medusa Admin. */
export async function markDelivered(request: APIRequestContext, orderId: string, fulfillmentId: string): Promise<void> {
  const stack = readStack()
  const delivered = await request.post(`${stack.backendUrl}/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`, {
    headers: await adminHeaders(request),
  })
  expect(delivered.status()).toBe(200)
}

/** A JPEG as a phone camera makes one: drawn on a canvas in the page, 1600 × 1200. */
export async function cameraJpeg(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement("canvas")
    canvas.width = 1600
    canvas.height = 1200
    const context = canvas.getContext("2d")!
    const gradient = context.createLinearGradient(0, 0, 1600, 1200)
    gradient.addColorStop(0, "#c98a1b")
    gradient.addColorStop(1, "#6b3e0a")
    context.fillStyle = gradient
    context.fillRect(0, 0, 1600, 1200)
    for (let i = 0; i < 400; i++) {
      context.fillStyle = `hsl(${30 + (i % 20)}, 70%, ${30 + (i % 40)}%)`
      context.beginPath()
      context.arc((i * 97) % 1600, (i * 61) % 1200, 10 + (i % 50), 0, Math.PI * 2)
      context.fill()
    }
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((made) => resolve(made!), "image/jpeg", 0.9))
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let binary = ""
    for (const byte of bytes) binary += String.fromCharCode(byte)
    return btoa(binary)
  })
  return Buffer.from(base64, "base64")
}
