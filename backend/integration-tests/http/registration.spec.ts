/**
 * Registering confirms the email first, so no answer tells whether an email has an account: a new
 * email, one with an account and one waiting for its confirmation get the same status, body and
 * about the same time from POST /store/registrations; only the inbox hears which it was. The link
 * a new email is sent makes the customer and signs them in, once; Medusa's own customer register
 * route, which told, is closed, and the operators' stays.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import { TEXT_LIMITS } from "@ocop/domain/input-limits"
import { cookieSecretOf } from "../../src/lib/order-access"
import { CUSTOMER_REGISTRATION_MOVED_MESSAGE, EMAIL_NOT_CONFIRMED_MESSAGE } from "../../src/lib/registration"
import { signRegistrationToken } from "../../src/lib/registration-token"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../../src/lib/store-setup"
import { CONFIRM_EMAIL_TEMPLATE, CONFIRMATIONS_PER_HOUR } from "../../src/subscribers/send-registration-confirmation"
import { REGISTRATION_ATTEMPTED_TEMPLATE } from "../../src/subscribers/tell-owner-of-registration-attempt"
import { createReadyCart, createTestPack, guestOrderHeaders, type Headers, setUpStore, type TestStore } from "../fixtures"
import { answer, confirmationLinks, eventually, registerCustomer } from "../helpers"

jest.setTimeout(5 * 60 * 1000)

type Answer = { status: number; headers: Record<string, string>; data: any }
type Api = {
  get: (url: string, config?: unknown) => Promise<Answer>
  post: (url: string, body: unknown, config?: unknown) => Promise<Answer>
}

const PASSWORD = "ocop-test-2025"
const HOUR_MS = 3600_000

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What the inbox of `email` was sent, by template. */
async function inbox(container: MedusaContainer, email: string) {
  const sent = await container.resolve(Modules.NOTIFICATION).listNotifications({ to: email })
  return sent.map((notification) => notification.template)
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    let shop: TestStore
    let store: Headers

    beforeAll(async () => {
      shop = await setUpStore(getContainer())
      store = shop.storeHeaders
    })

    /** From a client address of the test's own (the test client is a trusted proxy, as the storefront is), so the per-address limit stays out of the way. */
    const from = (address: string): Headers => ({ headers: { ...store.headers, "x-forwarded-for": address } })
    const register = (email: string, password: string, address: string, extra: Record<string, unknown> = {}) =>
      answer(api.post("/store/registrations", { email, password, first_name: "Lan", last_name: "Nguyễn", phone: "0912 345 678", ...extra }, from(address)))
    const confirm = (token: unknown) => answer(api.post("/store/registrations/confirm", { token }, store))
    const signIn = (email: string, password: string) => answer(api.post("/auth/customer/emailpass", { email, password }, from("198.51.100.200")))
    const tokenOf = (link: URL) => link.searchParams.get("token")!
    /** The answer with its email left out, so answers for different emails can be compared whole. */
    const shapeOf = (reply: Answer) => ({ status: reply.status, data: JSON.parse(JSON.stringify(reply.data).replaceAll(reply.data?.registration?.email ?? "-", "<email>")) })

    it("answers a new email, one with an account and one waiting for its confirmation alike; only their inboxes hear which", async () => {
      const container = getContainer()
      await registerCustomer(api, container, store, { email: "hoa@example.vn", password: "ocop-hoa-2025" })
      expect((await register("mai@example.vn", "ocop-mai-2025", "192.0.2.10")).status).toBe(202)
      await confirmationLinks(container, "mai@example.vn")

      const fresh = await register("Lan@Example.VN ", PASSWORD, "192.0.2.11")
      const taken = await register("hoa@example.vn", "another-password-1", "192.0.2.12")
      const pendingOtherPassword = await register("mai@example.vn", "another-password-2", "192.0.2.13")
      const pendingSamePassword = await register("mai@example.vn", "ocop-mai-2025", "192.0.2.14")
      expect(fresh.status).toBe(202)
      expect(fresh.data).toEqual({ registration: { email: "lan@example.vn", status: "check_inbox" } })
      for (const other of [taken, pendingOtherPassword, pendingSamePassword]) expect(shapeOf(other)).toEqual(shapeOf(fresh))
      expect(JSON.stringify([fresh, taken, pendingOtherPassword, pendingSamePassword].map((reply) => reply.data))).not.toMatch(/exists|already|taken|account/i)

      // The new email gets its link; the account's owner is told someone tried, with how to sign in.
      await confirmationLinks(container, "lan@example.vn")
      await eventually(() => inbox(container, "hoa@example.vn"), (sent) => sent.includes(REGISTRATION_ATTEMPTED_TEMPLATE))
      // The waiting login: told of the other password's attempt, and sent the link again for its own.
      await confirmationLinks(container, "mai@example.vn", 2)
      await eventually(() => inbox(container, "mai@example.vn"), (sent) => sent.includes(REGISTRATION_ATTEMPTED_TEMPLATE))
      expect((await inbox(container, "hoa@example.vn")).filter((template) => template === CONFIRM_EMAIL_TEMPLATE)).toHaveLength(1)

      // Another password never replaces the waiting login's: its own still says to confirm, the other is wrong.
      const own = await signIn("mai@example.vn", "ocop-mai-2025")
      expect(own).toMatchObject({ status: 401, data: { type: "unauthorized", code: ERROR_CODES.emailNotConfirmed, message: EMAIL_NOT_CONFIRMED_MESSAGE } })
      const other = await signIn("mai@example.vn", "another-password-2")
      expect(other).toMatchObject({ status: 401, data: { type: "unauthorized", message: "Invalid email or password" } })
      expect(other.data.code).toBeUndefined()

      // Registering again and again with its own password sends a few links an hour, not more.
      for (let attempt = 0; attempt < CONFIRMATIONS_PER_HOUR + 1; attempt++) {
        expect((await register("mai@example.vn", "ocop-mai-2025", `192.0.2.${20 + attempt}`)).status).toBe(202)
      }
      await confirmationLinks(container, "mai@example.vn", CONFIRMATIONS_PER_HOUR)
      await pause(1000)
      expect((await inbox(container, "mai@example.vn")).filter((template) => template === CONFIRM_EMAIL_TEMPLATE)).toHaveLength(CONFIRMATIONS_PER_HOUR)
    })

    it("makes the customer from the link the email holds, signs them in with it, and takes the link once", async () => {
      const container = getContainer()
      // The name typed in NFD, as some keyboards send it, and the phone as people write it.
      const reply = await register("lan@example.vn", PASSWORD, "192.0.2.30", { first_name: "Lan", last_name: "Nguyễn Thị".normalize("NFD"), phone: "+84 912 345 678", locale: "en" })
      expect(reply.status).toBe(202)
      const [link] = await confirmationLinks(container, "lan@example.vn")
      expect(`${link!.origin}${link!.pathname}`).toBe(`${(process.env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/$/, "")}/en/account/confirm`)
      const [notification] = await container.resolve(Modules.NOTIFICATION).listNotifications({ to: "lan@example.vn", template: CONFIRM_EMAIL_TEMPLATE })
      expect(notification).toMatchObject({ channel: "email", data: { first_name: "Lan", locale: "en", expires_in_hours: 24 } })

      // Until the email is confirmed there is no customer, and the right password is told to confirm.
      const customers = container.resolve(Modules.CUSTOMER)
      expect(await customers.listCustomers({ email: "lan@example.vn" })).toEqual([])
      expect((await signIn("lan@example.vn", PASSWORD)).data.code).toBe(ERROR_CODES.emailNotConfirmed)

      const confirmed = await confirm(tokenOf(link!))
      expect(confirmed.status).toBe(200)
      expect(confirmed.data).toEqual({ token: expect.any(String) })
      const me = await api.get("/store/customers/me", { headers: { ...store.headers, authorization: `Bearer ${confirmed.data.token}` } })
      expect(me.data.customer).toMatchObject({ email: "lan@example.vn", first_name: "Lan", last_name: "Nguyễn Thị", phone: "0912345678", has_account: true })
      expect(me.data.customer.last_name).toBe("Nguyễn Thị".normalize("NFC"))
      // The token is a sign-in's: the same claims, so the storefront keeps it as any session.
      const signedIn = await signIn("lan@example.vn", PASSWORD)
      expect(signedIn.status).toBe(200)
      const claims = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString())
      const { iat: _a, exp: _b, ...fromLink } = claims(confirmed.data.token)
      const { iat: _c, exp: _d, ...fromSignIn } = claims(signedIn.data.token)
      expect(fromLink).toEqual(fromSignIn)
      expect(fromLink).toMatchObject({ actor_type: "customer", actor_id: me.data.customer.id, auth_provider: "emailpass" })

      // The link again makes no second customer, and says the email is confirmed.
      expect(await confirm(tokenOf(link!))).toMatchObject({
        status: 409,
        data: { type: "conflict", code: ERROR_CODES.emailAlreadyConfirmed, message: "This email is confirmed already: sign in with it." },
      })
      expect(await customers.listCustomers({ email: "lan@example.vn" })).toHaveLength(1)
    })

    it("makes one customer of two clicks on the link at once", async () => {
      const container = getContainer()
      await register("an@example.vn", PASSWORD, "192.0.2.35")
      const [link] = await confirmationLinks(container, "an@example.vn")
      const answers = await Promise.all([confirm(tokenOf(link!)), confirm(tokenOf(link!))])
      expect(answers.map((reply) => reply.status).toSorted()).toEqual([200, 409])
      expect(await container.resolve(Modules.CUSTOMER).listCustomers({ email: "an@example.vn" })).toHaveLength(1)
    })

    it("answers two registrations of one new email at the same moment alike, with one login and a link that works", async () => {
      const container = getContainer()
      const replies = await Promise.all(["192.0.2.36", "192.0.2.37", "192.0.2.38"].map((address) => register("cuc@example.vn", PASSWORD, address)))
      expect(replies.map((reply) => reply.status)).toEqual([202, 202, 202])
      expect(new Set(replies.map((reply) => JSON.stringify(reply.data))).size).toBe(1)
      const logins = await container.resolve(Modules.AUTH).listProviderIdentities({ entity_id: "cuc@example.vn", provider: "emailpass" })
      expect(logins).toHaveLength(1)
      const [link] = await confirmationLinks(container, "cuc@example.vn")
      expect((await confirm(tokenOf(link!))).status).toBe(200)
    })

    it("refuses a link changed, expired or naming no login, with the way to a new one, and makes no customer", async () => {
      const container = getContainer()
      await register("tuan@example.vn", PASSWORD, "192.0.2.40")
      const [link] = await confirmationLinks(container, "tuan@example.vn")
      const token = tokenOf(link!)
      const [payload, signature] = token.split(".") as [string, string]
      const claims = JSON.parse(Buffer.from(payload, "base64url").toString())
      const someoneElse = Buffer.from(JSON.stringify({ ...claims, first_name: "Kẻ gian" })).toString("base64url")
      const invalid = { status: 400, data: { type: "invalid_data", code: ERROR_CODES.emailLinkInvalid, message: expect.stringMatching(/register again to get a new one\.$/) } }
      expect(await confirm(`${someoneElse}.${signature}`)).toMatchObject(invalid)
      expect(await confirm(token.slice(0, -3))).toMatchObject(invalid)
      expect(await confirm("not-a-token")).toMatchObject(invalid)

      const secret = cookieSecretOf(container)
      const { exp: _expiry, ...registration } = claims
      const expired = signRegistrationToken(secret, registration, new Date(Date.now() - 25 * HOUR_MS))
      expect(await confirm(expired)).toMatchObject({
        status: 400,
        data: { type: "invalid_data", code: ERROR_CODES.emailLinkExpired, message: "This link has expired: register again to get a new one." },
      })
      const noLogin = signRegistrationToken(secret, { ...registration, auth_identity_id: "authid_01JZZZZZZZZZZZZZZZZZZZZZZZ" })
      expect(await confirm(noLogin)).toMatchObject(invalid)
      expect(await container.resolve(Modules.CUSTOMER).listCustomers({ email: "tuan@example.vn" })).toEqual([])

      // The untouched link still works.
      expect((await confirm(token)).status).toBe(200)
    })

    it("refuses what the register form would refuse, naming the field, and makes no login", async () => {
      const refused = async (extra: Record<string, unknown>, email = "van@example.vn", password = PASSWORD) => {
        const reply = await register(email, password, "192.0.2.50", extra)
        expect(reply.status).toBe(400)
        return reply.data as { code?: string; message: string }
      }
      expect((await refused({ phone: "12345" })).message).toMatch(/phone is not a Vietnamese mobile or landline number/)
      expect(await refused({ first_name: "L".repeat(TEXT_LIMITS.personName + 1) })).toMatchObject({
        code: ERROR_CODES.textTooLong,
        message: "first_name is longer than 100 characters: shorten it.",
      })
      expect((await refused({}, "van@example", PASSWORD)).message).toMatch(/email is not an email address/)
      expect((await refused({}, "van@example.vn", "short")).message).toMatch(/password is shorter than 8 characters/)
      expect((await refused({}, "van@example.vn", "van@example.vn")).message).toMatch(/password is too easy to guess/)
      expect((await refused({ locale: "fr" })).message).toMatch(/Expected: 'vi, en' for field 'locale'/)
      const logins = await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "van@example.vn" })
      expect(logins).toEqual([])
    })

    it("leaves a guest who ordered with the email before their order, and gives the account a customer of its own", async () => {
      const container = getContainer()
      const pack = await createTestPack(container, shop, "registration-guest", 85_000, 10)
      const cartId = await createReadyCart(container, shop, {
        email: "binh@example.vn",
        lines: [{ variantId: pack.variantId, quantity: 1 }],
        providerId: CASH_ON_DELIVERY_PROVIDER_ID,
      })
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      const orderId = placed.order.id as string
      const guestReader = await guestOrderHeaders(api, shop, cartId)

      const session = await registerCustomer(api, container, store, { email: "binh@example.vn" })
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["customer_id", "customer.has_account"],
        filters: { id: orderId },
      })
      expect(data[0]).toMatchObject({ customer: { has_account: false } })
      const me = await api.get("/store/customers/me", { headers: { ...store.headers, authorization: `Bearer ${session}` } })
      expect(me.data.customer.id).not.toBe(data[0]!.customer_id)
      // The order still opens in the browser that placed it.
      expect((await api.get(`/store/orders/${orderId}`, guestReader)).data.order).toMatchObject({ id: orderId, email: "binh@example.vn" })
    })

    it("closes Medusa's customer register route, pointing to the shop's, and keeps the operators' for their invites", async () => {
      const closed = await answer(api.post("/auth/customer/emailpass/register", { email: "kim@example.vn", password: PASSWORD }))
      expect(closed).toMatchObject({ status: 404, data: { type: "not_found", message: CUSTOMER_REGISTRATION_MOVED_MESSAGE } })
      expect(closed.data.token).toBeUndefined()
      expect(await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "kim@example.vn" })).toEqual([])

      const operator = await answer(api.post("/auth/user/emailpass/register", { email: "operator.new@example.vn", password: "operator-2025-invite" }))
      expect(operator.status).toBe(200)
      expect(operator.data.token).toEqual(expect.any(String))
    })

    it("takes about as long for an email with an account, or one waiting for its confirmation, as for a new one", async () => {
      const container = getContainer()
      const rounds = 10
      const timings = { fresh: [] as number[], taken: [] as number[], pending: [] as number[] }
      for (let round = 0; round < rounds; round++) {
        await registerCustomer(api, container, from(`203.0.113.${round + 1}`), { email: `taken-${round}@example.vn` })
        expect((await register(`pending-${round}@example.vn`, PASSWORD, `203.0.113.${round + 21}`)).status).toBe(202)
      }
      const timed = async (kind: keyof typeof timings, email: string, address: string) => {
        const started = performance.now()
        expect((await register(email, "another-2025", address)).status).toBe(202)
        timings[kind].push(performance.now() - started)
      }
      for (let round = 0; round < rounds; round++) {
        await timed("taken", `taken-${round}@example.vn`, `203.0.113.${round + 101}`)
        await timed("fresh", `new-${round}@example.vn`, `203.0.113.${round + 121}`)
        await timed("pending", `pending-${round}@example.vn`, `203.0.113.${round + 141}`)
      }
      const [fresh, taken, pending] = [median(timings.fresh), median(timings.taken), median(timings.pending)]
      console.log(`Registration, median of ${rounds}: new email ${fresh.toFixed(0)} ms, with an account ${taken.toFixed(0)} ms, awaiting confirmation ${pending.toFixed(0)} ms`)
      // Each hashes or checks the password once, and sends its email after the answer.
      for (const other of [taken, pending]) {
        expect(other).toBeGreaterThan(fresh * 0.6)
        expect(other).toBeLessThan(fresh * 1.6)
      }
      // Every owner is told once, after the answer went out.
      await eventually(
        () => container.resolve(Modules.NOTIFICATION).listNotifications({ template: REGISTRATION_ATTEMPTED_TEMPLATE }),
        (told) => told.filter((notice) => notice.to.startsWith("taken-")).length === rounds,
      )
    })

    it("makes an address wait after 10 registrations, whatever the emails", async () => {
      for (let attempt = 1; attempt <= 10; attempt++) {
        expect((await register(`family-${attempt}@example.vn`, "ocop-family-2025", "192.0.2.60")).status).toBe(202)
      }
      const locked = await register("family-11@example.vn", "ocop-family-2025", "192.0.2.60")
      expect(locked).toMatchObject({
        status: 429,
        data: {
          type: "not_allowed",
          code: "too_many_attempts",
          message: expect.stringMatching(/^There have been too many registrations from your network\. Wait \d+ (seconds?|minutes) and try again\.$/),
        },
      })
      expect(Number(locked.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect((await register("family-11@example.vn", "ocop-family-2025", "192.0.2.61")).status).toBe(202)
    })
  },
})
