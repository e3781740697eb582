// Steps the journeys share: waiting out a development backend's restart, opening a page once its
// forms are hydrated, and signing in to the admin API as the operator.
import { type APIRequestContext, expect, type Page } from "@playwright/test"
import { DEMO_ACCOUNTS } from "../../seed/src/demo-accounts"
import { readStack } from "./stack"

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
