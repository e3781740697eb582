/**
 * A stand-in for Stripe.js, served to the page in place of https://js.stripe.com/… (unreachable from
 * here). It implements only what @stripe/stripe-js and @stripe/react-stripe-js call: `Stripe(pk)`,
 * `stripe.elements({ clientSecret, locale })`, `elements.create("payment")` mounting a plain card
 * form (number, expiry, CVC) in the page, and `stripe.confirmPayment` posting the card to the local
 * Stripe-compatible server's confirm, as Stripe.js does to api.stripe.com with the publishable key
 * and the intent's client secret.
 *
 * What it proves: the storefront loads Stripe.js only on the card step, hands it the session's
 * client secret, confirms before placing the order, and says Stripe's refusals in the buyer's
 * language. What it does not: Stripe's own Payment Element (its iframe, its validation, 3-D Secure,
 * wallets), which only Stripe's test mode shows (README, "Cards by Stripe").
 */
import type { Page } from "@playwright/test"

/** Every URL Stripe.js is loaded from; @stripe/stripe-js 10 asks for /endive/stripe.js. */
export const STRIPE_JS_URLS = "https://js.stripe.com/**"

/** Serves the stand-in for Stripe.js on this page; returns the URLs of Stripe.js the page asked for, as it asks. */
export async function serveStripeJsStandIn(page: Page, stripeApiUrl: string): Promise<string[]> {
  const requested: string[] = []
  // Sent as its transpiled source; esbuild (tsx) names functions with a helper that must come along.
  const body = `var __name = (target) => target;\n(${installStripeStandIn.toString()})(${JSON.stringify(stripeApiUrl)});`
  await page.route(STRIPE_JS_URLS, async (route) => {
    requested.push(route.request().url())
    await route.fulfill({ status: 200, contentType: "application/javascript; charset=utf-8", body })
  })
  return requested
}

/**
 * Runs in the browser: defines `window.Stripe`. Self-contained, as it is sent as source. Its card
 * form is labelled in the Elements' locale and says a missing field as Stripe's form does.
 */
function installStripeStandIn(apiUrl: string) {
  type Listener = (event?: unknown) => void
  type StripeError = { type: string; code?: string; decline_code?: string; message?: string; payment_intent?: unknown }

  const WORDS = {
    vi: {
      number: "Số thẻ",
      expiry: "Ngày hết hạn (MM / YY)",
      cvc: "Mã bảo mật (CVC)",
      missing: "Thông tin thẻ chưa đủ.",
      standIn: "Ô nhập thẻ thay cho Stripe (chỉ dùng khi thử nghiệm)",
    },
    en: {
      number: "Card number",
      expiry: "Expiry date (MM / YY)",
      cvc: "Security code (CVC)",
      missing: "Your card details are incomplete.",
      standIn: "Stand-in card form for Stripe (tests only)",
    },
  }
  let sequence = 0

  function paymentElement(locale: keyof typeof WORDS) {
    const words = WORDS[locale] ?? WORDS.en
    const listeners = new Map<string, Set<Listener>>()
    const emit = (name: string, event?: unknown) => {
      for (const listener of listeners.get(name) ?? []) listener(event)
    }
    const id = `stripe-stand-in-${++sequence}`
    let root: HTMLElement | null = null
    const field = (name: "number" | "expiry" | "cvc") => root?.querySelector<HTMLInputElement>(`[data-field=${name}]`) ?? null

    const element = {
      mount(target: HTMLElement | string) {
        const host = typeof target === "string" ? document.querySelector<HTMLElement>(target) : target
        if (!host) throw new Error("The stand-in Payment Element was given nowhere to mount.")
        root = document.createElement("fieldset")
        root.dataset.stripeStandIn = "payment"
        root.style.cssText = "display:grid;gap:0.5rem;margin:0;padding:0.75rem;border:1px solid #8a948f;border-radius:10px;"
        const legend = document.createElement("legend")
        legend.textContent = words.standIn
        legend.style.cssText = "font-size:0.875rem;color:#3d4743;padding:0 0.25rem;"
        root.append(legend)
        const inputs: [string, "number" | "expiry" | "cvc", AutoFill][] = [
          [words.number, "number", "cc-number"],
          [words.expiry, "expiry", "cc-exp"],
          [words.cvc, "cvc", "cc-csc"],
        ]
        for (const [label, name, autocomplete] of inputs) {
          const labelElement = document.createElement("label")
          labelElement.htmlFor = `${id}-${name}`
          labelElement.textContent = label
          labelElement.style.cssText = "font-weight:600;"
          const input = document.createElement("input")
          input.id = `${id}-${name}`
          input.dataset.field = name
          input.autocomplete = autocomplete
          input.inputMode = "numeric"
          input.style.cssText = "font:inherit;padding:0.625rem;border:1px solid #6b756f;border-radius:8px;"
          input.addEventListener("input", () => emit("change", { elementType: "payment", empty: false, complete: false, value: { type: "card" } }))
          root.append(labelElement, input)
        }
        const problem = document.createElement("p")
        problem.dataset.field = "problem"
        problem.setAttribute("role", "alert")
        problem.style.cssText = "margin:0;color:#a0181b;"
        root.append(problem)
        host.append(root)
        setTimeout(() => emit("ready", { elementType: "payment" }), 0)
      },
      on(name: string, listener: Listener) {
        if (!listeners.has(name)) listeners.set(name, new Set())
        listeners.get(name)!.add(listener)
        return element
      },
      off(name: string, listener: Listener) {
        listeners.get(name)?.delete(listener)
        return element
      },
      update() {},
      focus() {
        field("number")?.focus()
      },
      blur() {},
      unmount() {
        root?.remove()
        root = null
      },
      destroy() {
        element.unmount()
      },
      /** What the buyer typed, or the Stripe validation error for a missing field (shown in the form, as Stripe shows it). */
      card(): { number: string; expMonth: string; expYear: string; cvc: string } | { error: StripeError } {
        const number = (field("number")?.value ?? "").replace(/\s/g, "")
        const [expMonth = "", expYear = ""] = (field("expiry")?.value ?? "").split("/").map((part) => part.trim())
        const cvc = (field("cvc")?.value ?? "").trim()
        const problem = root?.querySelector<HTMLElement>("[data-field=problem]")
        const missing = !/^\d{12,19}$/.test(number) ? "incomplete_number" : !expMonth || !expYear ? "incomplete_expiry" : !/^\d{3,4}$/.test(cvc) ? "incomplete_cvc" : null
        if (problem) problem.textContent = missing ? words.missing : ""
        if (missing) return { error: { type: "validation_error", code: missing, message: words.missing } }
        return { number, expMonth, expYear, cvc }
      },
    }
    return element
  }

  function Stripe(publishableKey: string) {
    const groups: { clientSecret: string; payment: ReturnType<typeof paymentElement> | null }[] = []
    const notInStandIn = () => Promise.reject(new Error("Not served by the Stripe.js stand-in."))
    return {
      _registerWrapper() {},
      registerAppInfo() {},
      elements(options: { clientSecret: string; locale?: string }) {
        const group = { clientSecret: options.clientSecret, payment: null as ReturnType<typeof paymentElement> | null }
        groups.push(group)
        const locale = options.locale === "vi" ? "vi" : "en"
        return {
          create(type: string) {
            if (type !== "payment") throw new Error(`The Stripe.js stand-in has no ${type} element.`)
            group.payment = paymentElement(locale)
            return group.payment
          },
          getElement(type: string) {
            return type === "payment" ? group.payment : null
          },
          update() {},
          submit: () => Promise.resolve({}),
          fetchUpdates: () => Promise.resolve({}),
          __group: group,
        }
      },
      async confirmPayment({ elements }: { elements: { __group: (typeof groups)[number] } }) {
        const { clientSecret, payment } = elements.__group
        if (!payment) return { error: { type: "integration_error", message: "No Payment Element is mounted." } }
        const card = payment.card()
        if ("error" in card) return { error: card.error }
        const form = new URLSearchParams({
          key: publishableKey,
          client_secret: clientSecret,
          "payment_method_data[type]": "card",
          "payment_method_data[card][number]": card.number,
          "payment_method_data[card][exp_month]": card.expMonth,
          "payment_method_data[card][exp_year]": card.expYear,
          "payment_method_data[card][cvc]": card.cvc,
        })
        const intentId = clientSecret.split("_secret_")[0]
        try {
          const response = await fetch(`${apiUrl}/v1/payment_intents/${intentId}/confirm`, { method: "POST", body: form })
          const body = await response.json()
          return response.ok ? { paymentIntent: body } : { error: body.error as StripeError }
        } catch (error) {
          return { error: { type: "api_connection_error", message: String(error) } }
        }
      },
      createToken: notInStandIn,
      createPaymentMethod: notInStandIn,
      confirmCardPayment: notInStandIn,
    }
  }
  // What @stripe/stripe-js checks Stripe.js against (its release train), so it does not warn.
  Stripe.version = "endive"
  ;(window as unknown as { Stripe: typeof Stripe }).Stripe = Stripe
}
