/** The demo logins the sample catalogue creates, one per kind of user (printed by `npm start`, used by e2e). */
export const DEMO_ACCOUNTS = [
  { role: "operator", email: "admin@ocop.example.vn", password: "ocop-admin-2025", app: "backend", path: "/app" },
  { role: "producer", email: "htx-tai-hoan@ocop.example.vn", password: "ocop-producer-2025", app: "storefront", path: "/producer" },
  { role: "showroom staff", email: "hai-hau@ocop.example.vn", password: "ocop-showroom-2025", app: "storefront", path: "/pos" },
  { role: "buyer", email: "buyer@ocop.example.vn", password: "ocop-buyer-2025", app: "storefront", path: "/account" },
] as const

export type DemoAccount = (typeof DEMO_ACCOUNTS)[number]
