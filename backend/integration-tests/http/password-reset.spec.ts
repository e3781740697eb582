/**
 * A buyer who forgot their password asks for a link and sets a new password with it. Asking is
 * answered alike for an email with a login and one without; the link, Medusa's own single-use
 * token, works once, for 15 minutes, until a newer one replaces it, and only with a password the
 * shop's rules accept. A reset lifts the locks wrong passwords put on the account. Medusa's own
 * customer reset routes are closed; the operators' stay, and email the Admin's reset page.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import jwt from "jsonwebtoken"
import { RESET_LINKS_PER_HOUR, RESET_PASSWORD_TEMPLATE } from "../../src/subscribers/send-password-reset-link"
import { type Headers, setUpStore } from "../fixtures"
import { answer, eventually, registerCustomer } from "../helpers"

jest.setTimeout(5 * 60 * 1000)

type Answer = { status: number; headers: Record<string, string>; data: any }
type Api = {
  get: (url: string, config?: unknown) => Promise<Answer>
  post: (url: string, body: unknown, config?: unknown) => Promise<Answer>
}

const OLD_PASSWORD = "ocop-test-2025"
const NEW_PASSWORD = "mật khẩu mới 2026"

/** The reset links sent to `email` so far, oldest first, once there are at least `count`. */
async function resetLinks(container: MedusaContainer, email: string, count = 1): Promise<URL[]> {
  const sent = await eventually(
    () => container.resolve(Modules.NOTIFICATION).listNotifications({ to: email, template: RESET_PASSWORD_TEMPLATE }),
    (found) => found.length >= count,
  )
  return sent
    .toSorted((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .map((notification) => new URL(String(notification.data?.reset_url)))
}

const tokenOf = (link: URL) => link.searchParams.get("token")!

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    let store: Headers

    beforeAll(async () => {
      store = (await setUpStore(getContainer())).storeHeaders
    })

    /** From a client address of the test's own, so the per-address limits of one test stay out of the others. */
    const from = (address: string): Headers => ({ headers: { ...store.headers, "x-forwarded-for": address } })
    const signIn = (email: string, password: string, address: string) =>
      answer(api.post("/auth/customer/emailpass", { email, password }, from(address)))
    const askForLink = (email: string, address: string, locale?: string) =>
      answer(api.post("/store/password-resets", { email, ...(locale ? { locale } : {}) }, from(address)))
    const setPassword = (token: string, password: string, address: string) =>
      answer(api.post("/store/password-resets/confirm", { token, password }, from(address)))

    it("answers an email with a login and one without alike, and emails a link to the reset page of the buyer's language", async () => {
      const email = "forgot-1@example.vn"
      await registerCustomer(api, getContainer(), store, { email, password: OLD_PASSWORD })
      const known = await askForLink(email, "198.51.100.1", "en")
      const unknown = await askForLink("nobody-here@example.vn", "198.51.100.1", "en")
      expect(known.status).toBe(202)
      expect(unknown.status).toBe(202)
      expect(known.data).toEqual({ password_reset: { email, status: "check_inbox" } })
      expect(unknown.data).toEqual({ password_reset: { email: "nobody-here@example.vn", status: "check_inbox" } })

      const [link] = await resetLinks(getContainer(), email)
      expect(`${link!.origin}${link!.pathname}`).toBe("http://localhost:8000/en/account/reset-password")
      const vietnamese = await askForLink(" Forgot-1@Example.VN ", "198.51.100.1")
      expect(vietnamese.status).toBe(202)
      const [, second] = await resetLinks(getContainer(), email, 2)
      expect(second!.pathname).toBe("/tai-khoan/dat-lai-mat-khau")
      // The email without a login was sent nothing.
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "nobody-here@example.vn" })).toEqual([])
    })

    it("sets the new password once, refusing a weak one without spending the link, and the old password stops working", async () => {
      const email = "forgot-2@example.vn"
      await registerCustomer(api, getContainer(), store, { email, password: OLD_PASSWORD })
      await askForLink(email, "198.51.100.2")
      const [link] = await resetLinks(getContainer(), email)

      const weak = await setPassword(tokenOf(link!), "forgot-2", "198.51.100.2")
      expect(weak.status).toBe(400)
      expect(weak.data.message).toBe("password is too easy to guess (the email, its name, or one character repeated): choose another.")
      const short = await setPassword(tokenOf(link!), "short", "198.51.100.2")
      expect(short.status).toBe(400)
      expect(short.data.message).toMatch(/^password is shorter than 8 characters/)

      const done = await setPassword(tokenOf(link!), NEW_PASSWORD, "198.51.100.2")
      expect(done.status).toBe(200)
      expect(done.data).toEqual({ password_reset: { email, status: "done" } })
      expect(done.headers["cache-control"]).toBe("no-store")
      expect((await signIn(email, OLD_PASSWORD, "198.51.100.2")).status).toBe(401)
      const signedIn = await signIn(email, NEW_PASSWORD, "198.51.100.2")
      expect(signedIn.status).toBe(200)
      const me = await api.get("/store/customers/me", { headers: { ...store.headers, authorization: `Bearer ${signedIn.data.token}` } })
      expect(me.data.customer.email).toBe(email)

      const again = await setPassword(tokenOf(link!), "another one 2026", "198.51.100.2")
      expect(again.status).toBe(400)
      expect(again.data.code).toBe(ERROR_CODES.passwordResetLinkInvalid)
      expect(again.data.message).toBe(
        "This link was used already, replaced by a newer one, or cut short: open the latest link we sent, or ask for a new one.",
      )
    })

    it("lets only the latest link work, refuses one past its time or not signed by the shop, each with the way to a new one", async () => {
      const email = "forgot-3@example.vn"
      await registerCustomer(api, getContainer(), store, { email, password: OLD_PASSWORD })
      await askForLink(email, "198.51.100.3")
      await askForLink(email, "198.51.100.3")
      const [older, newer] = await resetLinks(getContainer(), email, 2)
      expect((await setPassword(tokenOf(older!), NEW_PASSWORD, "198.51.100.3")).data.code).toBe(ERROR_CODES.passwordResetLinkInvalid)
      expect((await setPassword(tokenOf(newer!), NEW_PASSWORD, "198.51.100.3")).status).toBe(200)

      const { jwtSecret } = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
      const claims = { entity_id: email, provider: "emailpass", actor_type: "customer", purpose: "reset" }
      const expired = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 }, jwtSecret as string, { jwtid: "gone" })
      const late = await setPassword(expired, "late password 2026", "198.51.100.3")
      expect(late.status).toBe(400)
      expect(late.data).toMatchObject({
        code: ERROR_CODES.passwordResetLinkExpired,
        message: "This link has expired (a link works for 15 minutes): ask for a new one.",
      })
      const forged = jwt.sign(claims, "not-the-shop-secret", { expiresIn: 600, jwtid: "forged" })
      expect((await setPassword(forged, "forged password 2026", "198.51.100.3")).data.code).toBe(ERROR_CODES.passwordResetLinkInvalid)
      // A session token is signed by the shop but is no reset link.
      const session = (await signIn(email, NEW_PASSWORD, "198.51.100.3")).data.token
      expect((await setPassword(session, "session password 2026", "198.51.100.3")).data.code).toBe(ERROR_CODES.passwordResetLinkInvalid)
      expect((await setPassword("not a token", "whatever 2026", "198.51.100.3")).data.code).toBe(ERROR_CODES.passwordResetLinkInvalid)
      expect((await signIn(email, NEW_PASSWORD, "198.51.100.3")).status).toBe(200)
    })

    it("lifts the lock wrong passwords put on the account", async () => {
      const email = "forgot-4@example.vn"
      await registerCustomer(api, getContainer(), store, { email, password: OLD_PASSWORD })
      for (let attempt = 0; attempt < 5; attempt++) expect((await signIn(email, "wrong password", "198.51.100.4")).status).toBe(401)
      expect((await signIn(email, OLD_PASSWORD, "198.51.100.4")).status).toBe(429)
      await askForLink(email, "198.51.100.4")
      const [link] = await resetLinks(getContainer(), email)
      expect((await setPassword(tokenOf(link!), NEW_PASSWORD, "198.51.100.4")).status).toBe(200)
      expect((await signIn(email, NEW_PASSWORD, "198.51.100.4")).status).toBe(200)
    })

    it("sends an email at most three links an hour, and refuses an address asking too often with 429 and Retry-After", async () => {
      const email = "forgot-5@example.vn"
      await registerCustomer(api, getContainer(), store, { email, password: OLD_PASSWORD })
      for (let ask = 0; ask < 5; ask++) expect((await askForLink(email, "198.51.100.5")).status).toBe(202)
      await resetLinks(getContainer(), email, RESET_LINKS_PER_HOUR)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email, template: RESET_PASSWORD_TEMPLATE })
      expect(sent).toHaveLength(RESET_LINKS_PER_HOUR)

      for (let ask = 0; ask < 5; ask++) expect((await askForLink(`someone-${ask}@example.vn`, "198.51.100.5")).status).toBe(202)
      const refused = await askForLink("someone-else@example.vn", "198.51.100.5")
      expect(refused.status).toBe(429)
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
      expect(refused.data.message).toMatch(/^There have been too many requests for a password reset link from your network\. Wait \d+ (seconds?|minutes) and try again\.$/)
    })

    it("refuses a request that is no email, and a confirmation without its token or password, with a sentence", async () => {
      const noEmail = await askForLink("not an email", "198.51.100.6")
      expect(noEmail.status).toBe(400)
      expect(noEmail.data.message).toMatch(/email is not an email address/)
      const noToken = await answer(api.post("/store/password-resets/confirm", { password: NEW_PASSWORD }, from("198.51.100.6")))
      expect(noToken.status).toBe(400)
      expect(noToken.data.message).toMatch(/Field 'token' is required/)
      const noPassword = await answer(api.post("/store/password-resets/confirm", { token: "a.b.c" }, from("198.51.100.6")))
      expect(noPassword.status).toBe(400)
      expect(noPassword.data.message).toMatch(/Field 'password' is required/)
    })

    it("closes Medusa's own customer reset routes, and keeps the operators', which email the Admin's reset page", async () => {
      for (const route of ["/auth/customer/emailpass/reset-password", "/auth/customer/emailpass/update"]) {
        const closed = await answer(api.post(route, { identifier: "forgot-1@example.vn", password: NEW_PASSWORD }, from("198.51.100.7")))
        expect(closed.status).toBe(404)
        expect(closed.data.message).toMatch(/^Customers reset their password with POST \/store\/password-resets/)
      }
      const operator = "operator-forgot@example.vn"
      const auth = getContainer().resolve(Modules.AUTH)
      await auth.register("emailpass", { body: { email: operator, password: OLD_PASSWORD } } as Parameters<typeof auth.register>[1])
      const asked = await answer(api.post("/auth/user/emailpass/reset-password", { identifier: operator }, from("198.51.100.7")))
      expect(asked.status).toBe(201)
      const [link] = await resetLinks(getContainer(), operator)
      expect(link!.pathname).toBe("/app/reset-password")
    })
  },
})
