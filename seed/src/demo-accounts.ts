/** The demo logins the sample catalogue creates, one per kind of user (printed by `npm start`, used by e2e). */
export const DEMO_ACCOUNTS = [
  { role: "operator", email: "admin@ocop.example.vn", password: "ocop-admin-2025", app: "backend", path: "/app" },
  { role: "producer", email: "htx-tai-hoan@ocop.example.vn", password: "ocop-producer-2025", app: "storefront", path: "/producer" },
  // The Hải Hậu showroom's counter staff (`POST /auth/pos_staff/emailpass`): the manager approves
  // discounts beyond the cashier's limit and selling beyond stock, and closes the shifts.
  { role: "showroom cashier", email: "hai-hau@ocop.example.vn", password: "ocop-showroom-2025", app: "storefront", path: "/pos" },
  { role: "showroom manager", email: "quan-ly.hai-hau@ocop.example.vn", password: "ocop-manager-2025", app: "storefront", path: "/pos" },
  { role: "buyer", email: "buyer@ocop.example.vn", password: "ocop-buyer-2025", app: "storefront", path: "/account" },
] as const

export type DemoAccount = (typeof DEMO_ACCOUNTS)[number]

/**
 * Whether the sample catalogue creates the demo logins. Their passwords are published (here and in
 * the README), so in production they would be an admin takeover: there they are made only when
 * OCOP_DEMO_ACCOUNTS=true asks for them, with a warning to say so.
 */
export function demoAccountsWanted(env: Record<string, string | undefined> = process.env): { create: boolean; warning?: string } {
  if (env.NODE_ENV !== "production") return { create: env.OCOP_DEMO_ACCOUNTS !== "false" }
  if (env.OCOP_DEMO_ACCOUNTS === "true") {
    return {
      create: true,
      warning:
        "OCOP_DEMO_ACCOUNTS=true: creating the demo logins, whose passwords are published, in production. Anyone can sign in to the Admin with them; remove them before the shop goes online.",
    }
  }
  return { create: false }
}
