import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { fileProvider } from "./src/lib/file-storage"
import { httpSecrets } from "./src/lib/http-secrets"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Refuses production with missing, published or short secrets (a forged admin token otherwise).
const { jwtSecret, cookieSecret } = httpSecrets()

const redisUrl = process.env.REDIS_URL
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:8000"

/**
 * With REDIS_URL the backend scales out: Redis carries events, workflows, cache and locks so
 * several `server` and `worker` processes share them. Without it, the in-memory defaults serve
 * a single process (local stack, tests).
 */
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/caching",
        options: { providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }] },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: { providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }] },
      },
    ]
  : []

/**
 * How buyers pay. Each entry becomes provider `pp_<identifier>_<id>`; the store setup enables them
 * in the Việt Nam region (lib/store-setup.ts REGION_PAYMENT_PROVIDER_IDS).
 */
const paymentProviders = [
  { resolve: "./src/modules/cash-on-delivery", id: "cod" },
  { resolve: "./src/modules/vietqr", id: "vietqr" },
  // Cards by Stripe (pp_stripe_stripe) only where a key is set. STRIPE_API_URL sends its calls to a
  // Stripe-compatible server instead of api.stripe.com: for tests and local journeys, never production.
  ...(process.env.STRIPE_API_KEY
    ? [
        {
          resolve: "./src/modules/card-payment-stripe",
          id: "stripe",
          options: {
            apiKey: process.env.STRIPE_API_KEY,
            webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
            apiUrl: process.env.STRIPE_API_URL,
          },
        },
      ]
    : []),
]

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") ?? "shared",
    http: {
      storeCors: process.env.STORE_CORS ?? storefrontUrl,
      adminCors: process.env.ADMIN_CORS ?? backendUrl,
      authCors: process.env.AUTH_CORS ?? `${backendUrl},${storefrontUrl}`,
      jwtSecret,
      cookieSecret,
    },
    // Medusa marks the Admin's session cookie Secure in production, which a browser never sends
    // back over http: a production build served on http://localhost (`npm start -- --production`,
    // the benches) lost the operator's session at the first page after signing in. Over https,
    // as anywhere real, it stays Secure.
    cookieOptions: { secure: new URL(backendUrl).protocol === "https:" },
  },
  admin: {
    path: "/app",
    backendUrl,
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
  },
  modules: [
    { resolve: "./src/modules/producer" },
    // The producers' members: the auth actor type `producer_member` (api/producer/** routes).
    { resolve: "./src/modules/producer-member" },
    { resolve: "./src/modules/ocop" },
    { resolve: "./src/modules/showroom" },
    // The showroom counter: its staff are the auth actor type `pos_staff` (api/pos/** routes).
    { resolve: "./src/modules/pos" },
    { resolve: "./src/modules/bank-transfer" },
    { resolve: "./src/modules/product-review" },
    { resolve: "./src/modules/product-sales" },
    { resolve: "./src/modules/product-batch" },
    // The producers' ledger: paid lines less commission, and the programme office's settlements.
    { resolve: "./src/modules/ledger" },
    // Trade-promotion campaigns: their pages, products and limits per buyer; discounts are Medusa promotions.
    { resolve: "./src/modules/trade-campaign" },
    // The operator's photos uploaded in Admin, by URL, until a product takes them (api/admin/uploads).
    { resolve: "./src/modules/photo-upload" },
    // Trade promotion: fairs, the province pavilions' curation, livestream and video links.
    { resolve: "./src/modules/trade-promotion" },
    {
      // Without MEILISEARCH_HOST the module is off: the shop runs, nothing is indexed.
      resolve: "./src/modules/product-search",
      options: {
        host: process.env.MEILISEARCH_HOST,
        apiKey: process.env.MEILISEARCH_MASTER_KEY,
        indexUid: process.env.MEILISEARCH_INDEX ?? "products",
      },
    },
    { resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders } },
    {
      // Medusa's email-and-password login, made not to tell whether an email has an account.
      resolve: "@medusajs/medusa/auth",
      options: { providers: [{ resolve: "./src/modules/emailpass", id: "emailpass" }] },
    },
    {
      // What buyers and producers are told. The local provider writes each message to the log; a
      // deployment replaces it with an email provider for the "email" channel.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local notifications (logged)", channels: ["email", "feed"] },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        // The local disk (backend/static, served at /static), or an S3-compatible bucket with S3_BUCKET.
        providers: [fileProvider(process.env, backendUrl)],
      },
    },
    ...redisModules,
  ],
})
