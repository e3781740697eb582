// The one Medusa client of the storefront, configured from the environment of the running server.
import { readFileSync } from "node:fs";
import { connection } from "next/server";
import { StoreClient } from "./store-api";

const DEFAULT_BACKEND_URL = "http://localhost:9000";

let client: { key: string; medusa: StoreClient } | undefined;

/**
 * Resolves at request time, so the backend URL and publishable key come from the server's
 * environment rather than the build's (Next inlines `process.env.NEXT_PUBLIC_*` written
 * literally), and a backend that is down during `next build` is never baked into a page.
 *
 * Returns null when the publishable key is missing: the store is not configured.
 */
export async function getMedusa(): Promise<StoreClient | null> {
  await connection();
  return getMedusaForCachedPage();
}

/**
 * The same client without marking the render dynamic, for pages cached whole and revalidated by
 * tag (ISR). Only for routes whose generateStaticParams lists nothing: they first render on a
 * request, with the running server's environment, never during `next build`.
 */
export function getMedusaForCachedPage(): StoreClient | null {
  const publishableKey = readPublishableKey();
  if (!publishableKey) return null;
  const baseUrl = backendUrl();

  const key = `${baseUrl} ${publishableKey}`;
  if (client?.key !== key) {
    client = { key, medusa: new StoreClient(baseUrl, publishableKey) };
  }
  return client.medusa;
}

/**
 * The key from NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY, else from the file MEDUSA_PUBLISHABLE_KEY_FILE
 * names. The local stack starts the storefront before the sample catalogue has created the key and
 * writes that file once the store is ready, so a newcomer gets a page in seconds, not a refused
 * connection for a minute.
 */
function readPublishableKey(): string | undefined {
  const fromEnv = runtimeEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY");
  if (fromEnv) return fromEnv;
  const file = runtimeEnv("MEDUSA_PUBLISHABLE_KEY_FILE");
  if (!file) return undefined;
  try {
    return readFileSync(file, "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

/** True while the local stack prepares the store: the key file is named but not written yet. */
export function isStoreStarting(): boolean {
  return !runtimeEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY") && Boolean(runtimeEnv("MEDUSA_PUBLISHABLE_KEY_FILE")) && !readPublishableKey();
}

/** Where the backend answers, as the browser and this server reach it. */
export function backendUrl(): string {
  return runtimeEnv("NEXT_PUBLIC_MEDUSA_BACKEND_URL") || DEFAULT_BACKEND_URL;
}

/**
 * Reads a variable by a computed name: the bundler inlines `process.env.NEXT_PUBLIC_*` (even through
 * `const env = process.env`) with its build-time value, which would pin the build's backend.
 */
export function runtimeEnv(name: string): string | undefined {
  return process.env[name]?.trim();
}
