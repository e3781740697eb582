/** Where the buyers' storefront answers: STOREFRONT_URL, as medusa-config.ts reads it for CORS, else the local stack's. */
export function storefrontUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.STOREFRONT_URL?.trim() || "http://localhost:8000"
}
