/** The demo logins the sample catalogue creates, one per kind of user (printed by `npm start`). */
export const DEMO_ACCOUNTS = [
  { role: "operator", email: "admin@ocop.example.vn", password: "ocop-admin-2025", where: "/app (Medusa Admin)" },
  { role: "producer", email: "htx-tai-hoan@ocop.example.vn", password: "ocop-producer-2025", where: "/producer" },
  { role: "showroom staff", email: "hai-hau@ocop.example.vn", password: "ocop-showroom-2025", where: "/pos" },
  { role: "buyer", email: "buyer@ocop.example.vn", password: "ocop-buyer-2025", where: "/account" },
] as const

export type DemoAccount = (typeof DEMO_ACCOUNTS)[number]
