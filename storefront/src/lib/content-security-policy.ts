// The Content-Security-Policy of each page, set by the proxy with the running server's environment.
//
// Pages with the buyer's own data (cart, checkout, the order, the account) are rendered per request,
// so each gets a fresh nonce: only scripts carrying it run, and what they load ('strict-dynamic':
// Next's chunks, Stripe.js on checkout). An injected <script> or inline handler runs nowhere there.
//
// Catalogue pages (home, products, producers, provinces, trace) are cached whole and served to
// every buyer from one rendering, so no per-request nonce can be in their HTML. They get
// `script-src 'self'`, and the server that sends them adds the hash of each inline script the page
// holds (lib/inline-script-hashes.ts, server.ts): Next's own data payload runs, nothing injected
// does. Only the development server, which cannot add them, allows inline scripts.

/** Set by the proxy on a page whose policy needs its inline scripts' hashes; server.ts removes it. */
export const INLINE_SCRIPT_HASHES_HEADER = "x-ocop-inline-script-hashes";

export type PolicyOptions = {
  /** A fresh nonce for a page rendered per request; none for a cached page. */
  nonce?: string;
  /** Development: React's dev build evaluates strings and Next's reload talks over a websocket. */
  development: boolean;
  /** Served over HTTPS (here or at a proxy in front): any http:// address in the page is upgraded. */
  secure: boolean;
  /** The backend's origin, where product photos are served from (/static). */
  backendUrl?: string;
  /** Where photos are served from when the backend keeps them in an S3-compatible bucket (S3_FILE_URL). */
  photosUrl?: string;
  /** A Stripe-compatible server standing in for api.stripe.com (STRIPE_API_URL; tests and local journeys). */
  stripeApiUrl?: string;
  /** Whether this page may load Stripe.js (checkout with a publishable key). */
  stripe: boolean;
};

const STRIPE_JS = "https://js.stripe.com";
const STRIPE_API = "https://api.stripe.com";
// Stripe.js frames its fields from js.stripe.com and 3-D Secure from hooks.stripe.com.
const STRIPE_FRAMES = [STRIPE_JS, "https://hooks.stripe.com"];

/** "http://localhost:9000/x" → "http://localhost:9000"; nothing for a value that is not a URL. */
function originOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}

export function contentSecurityPolicy(options: PolicyOptions): string {
  const { nonce, development, stripe } = options;
  const scripts = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'"];
  if (stripe && !nonce) scripts.push(STRIPE_JS);
  if (development) scripts.push(...(nonce ? [] : ["'unsafe-inline'"]), "'unsafe-eval'");
  const connect = ["'self'", ...(stripe ? [STRIPE_API, ...originOf(options.stripeApiUrl)] : []), ...(development ? ["ws:"] : [])];
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    ["script-src", scripts],
    // React's style attributes and Stripe's Elements set inline styles; no stylesheet comes from elsewhere.
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "data:", "blob:", ...originOf(options.backendUrl), ...originOf(options.photosUrl)]],
    ["font-src", ["'self'"]],
    ["connect-src", connect],
    ["frame-src", stripe ? STRIPE_FRAMES : ["'none'"]],
    ["frame-ancestors", ["'none'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
  ];
  const policy = directives.map(([name, values]) => `${name} ${values.join(" ")}`);
  if (options.secure) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** A nonce of 128 random bits, base64: unguessable, and fresh for every response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
