// The storefront's one way to Medusa's store API. Every call goes through StoreClient.fetch, which
// sends the publishable key and the buyer's token, gives up after STORE_API_TIMEOUT_MS, and turns
// a refusal into a StoreApiError that carries the backend's code. The js-sdk's client cannot be
// that path: its FetchError keeps the message and drops the code.
import { REVALIDATE_SECONDS } from "@ocop/domain/cache-tags";

/** How long a page waits for the store API before it shows the "unavailable" message. */
export const STORE_API_TIMEOUT_MS = 10_000;

type QueryValue = string | number | boolean | null | undefined | readonly QueryValue[] | { readonly [key: string]: QueryValue };
export type StoreQuery = { readonly [key: string]: QueryValue };

export type StoreRequest = {
  method?: "GET" | "POST" | "DELETE";
  query?: StoreQuery;
  /** Sent as JSON; a FormData is sent as multipart/form-data (a review with its photo). */
  body?: unknown;
  /** The buyer's JWT: sent per request, as the client is shared by every request the server handles. */
  token?: string;
  /** More headers of this one call, such as the access token of a guest's order. */
  headers?: Readonly<Record<string, string>>;
  /**
   * Kept in Next's data cache under these tags (revalidated by the backend) for `revalidate`
   * seconds at most. Without it the call is never cached: carts, accounts and stock are read afresh.
   */
  cache?: { tags?: readonly string[]; revalidate?: number };
  /** How long to wait for the answer instead of STORE_API_TIMEOUT_MS: a cart's completion takes as long as it needs. */
  timeoutMs?: number;
};

/** A refusal of the store API: Medusa's `{ type, code?, message }` body with the HTTP status. */
export class StoreApiError extends Error {
  readonly status: number;
  /** Medusa's error type ("invalid_data", "not_allowed", "not_found", "unauthorized" …). */
  readonly type: string | undefined;
  /** The reason in a word the storefront can act on: one of @ocop/domain's ERROR_CODES, or Medusa's own. */
  readonly code: string | undefined;
  /** How long the backend asks to wait before trying again (its Retry-After, in seconds), if it says. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, body: { type?: unknown; code?: unknown; message?: unknown }, retryAfter?: string | null) {
    super(typeof body.message === "string" && body.message ? body.message : `The store API answered ${status}.`);
    this.name = "StoreApiError";
    this.status = status;
    this.type = typeof body.type === "string" ? body.type : undefined;
    this.code = typeof body.code === "string" ? body.code : undefined;
    this.retryAfterSeconds = retryAfterSeconds(retryAfter);
  }
}

/** Retry-After as seconds from now: a number of seconds, or an HTTP date. */
export function retryAfterSeconds(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Whether the store API refused the call with this status (a network failure or a timeout never is). */
export function isRefusal(error: unknown, status: number): error is StoreApiError {
  return error instanceof StoreApiError && error.status === status;
}

export class StoreClient {
  constructor(
    private readonly baseUrl: string,
    private readonly publishableKey: string,
  ) {}

  async fetch<T>(path: string, request: StoreRequest = {}): Promise<T> {
    const url = new URL(path.replace(/^\//, ""), this.baseUrl.endsWith("/") ? this.baseUrl : `${this.baseUrl}/`);
    url.search = encodeQuery(request.query ?? {});
    const headers: Record<string, string> = { ...request.headers, accept: "application/json", "x-publishable-api-key": this.publishableKey };
    const multipart = request.body instanceof FormData;
    if (request.body !== undefined && !multipart) headers["content-type"] = "application/json";
    if (request.token) headers.authorization = `Bearer ${request.token}`;
    const response = await fetch(url, {
      method: request.method ?? "GET",
      headers,
      body: request.body === undefined ? undefined : multipart ? (request.body as FormData) : JSON.stringify(request.body),
      ...(request.cache
        ? { next: { tags: [...(request.cache.tags ?? [])], revalidate: request.cache.revalidate ?? REVALIDATE_SECONDS } }
        : { cache: "no-store" as const }),
      signal: AbortSignal.timeout(request.timeoutMs ?? STORE_API_TIMEOUT_MS),
    });
    const text = await response.text();
    const body: unknown = text ? parseJson(text) : undefined;
    if (!response.ok) {
      throw new StoreApiError(response.status, typeof body === "object" && body !== null ? body : {}, response.headers.get("retry-after"));
    }
    return body as T;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // An HTML error page from a proxy in front of the backend: the status says enough.
    return undefined;
  }
}

/**
 * The query string Medusa's parser (qs) reads: arrays and objects in brackets, so
 * `{ id: ["a", "b"], variants: { ean: "893…" } }` is `id[0]=a&id[1]=b&variants[ean]=893…`.
 */
export function encodeQuery(query: StoreQuery): string {
  const params = new URLSearchParams();
  const add = (key: string, value: QueryValue) => {
    if (value === undefined || value === null) return;
    if (typeof value !== "object") params.append(key, String(value));
    else for (const [name, item] of Object.entries(value)) add(`${key}[${name}]`, item);
  };
  for (const [key, value] of Object.entries(query)) add(key, value);
  return params.toString();
}

/** "fetch failed (connect ECONNREFUSED 127.0.0.1:9000)": an error for the server log, with its network cause. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = error instanceof StoreApiError ? ` [${error.status}${error.code ? ` ${error.code}` : ""}]` : "";
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})${status}` : `${error.message}${status}`;
}
