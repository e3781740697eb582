// Maps "/san-pham" and "/en/products" to the app's [locale] routes (a cached catalogue view to
// app/[locale]/browse, the home page to its cached copy in app/[locale]/home), answers any path that names no page with 404 and the not-found page already
// in the HTML, and gives every page its Content-Security-Policy (lib/content-security-policy.ts).
import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { isBuyersOwnPage, pageOfPath } from "./i18n/known-paths";
import { routing } from "./i18n/routing";
import { HOME_EDITION } from "./lib/cached-home";
import { contentSecurityPolicy, INLINE_SCRIPT_HASHES_HEADER, newNonce } from "./lib/content-security-policy";
import { knownCatalogueValues } from "./lib/catalogue-known-values";
import { withoutEmptyParams } from "./lib/catalogue-query";
import { cachedViewKey } from "./lib/catalogue-views";
import { backendUrl, runtimeEnv } from "./lib/medusa";

const localize = createMiddleware(routing);

/** The showroom counter's screens (app/pos): Vietnamese only, no locale prefix, never cached. */
function isCounterPath(pathname: string): boolean {
  return pathname === "/pos" || pathname.startsWith("/pos/");
}

export default function proxy(request: NextRequest) {
  if (isCounterPath(request.nextUrl.pathname)) return counterPage(request);
  const page = pageOfPath(request.nextUrl.pathname);
  // The filter form sent without JavaScript names every field, empty or not: the URL to share has none.
  const cleanQuery = page === "/products" ? withoutEmptyParams(request.nextUrl.searchParams) : null;
  if (cleanQuery) {
    const clean = request.nextUrl.clone();
    clean.search = cleanQuery.toString();
    return NextResponse.redirect(clean, 307);
  }
  const development = process.env.NODE_ENV === "development";
  const nonce = page && isBuyersOwnPage(page) ? newNonce() : undefined;
  const policy = pagePolicy(request, nonce, page === "/checkout" && Boolean(runtimeEnv("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY")));
  const response = withPolicy(localize(request), policy);
  // Any page without a nonce, including the 404 below, gets its inline scripts' hashes from server.ts.
  if (!nonce && !development) response.headers.set(INLINE_SCRIPT_HASHES_HEADER, "sha256");
  if (response.headers.has("location")) return response;
  if (page === "/products") return toCachedView(request, response);
  if (page === "/") return toCachedHome(request, response);
  if (page) return response;
  // The status is set here rather than by notFound() in app/[locale]/[...rest]: in a production
  // build notFound() answers with an empty <body> and the page drawn only by JavaScript
  // (vercel/next.js#62228), which would leave a phone without it, or still loading it, blank.
  const target = response.headers.get("x-middleware-rewrite") ?? request.url;
  return NextResponse.rewrite(new URL(target), { status: 404, headers: response.headers });
}

/** A common browsing view of the catalogue goes to its cached copy; any other stays a page rendered per request. */
function toCachedView(request: NextRequest, response: NextResponse): NextResponse {
  const known = knownCatalogueValues();
  const key = known && cachedViewKey(request.nextUrl.searchParams, known);
  if (!key) return response;
  return rewriteInLocale(request, response, `browse/${encodeURIComponent(key)}`);
}

/**
 * The home page goes to its cached copy once the store has answered (the catalogue's values are
 * read); until then it renders per request, which shows the buyer what the store says (starting,
 * not configured, out of reach) rather than caching that for a minute.
 */
function toCachedHome(request: NextRequest, response: NextResponse): NextResponse {
  if (!knownCatalogueValues()) return response;
  return rewriteInLocale(request, response, `home/${HOME_EDITION}`);
}

/** A rewrite to the app's route `/<locale>/<route>`, keeping the headers next-intl set. */
function rewriteInLocale(request: NextRequest, response: NextResponse, route: string): NextResponse {
  // "/san-pham" arrives rewritten to "/vi/products", "/" to "/vi"; "/en/products" is already the app's path.
  const locale = new URL(response.headers.get("x-middleware-rewrite") ?? request.url).pathname.split("/")[1];
  const headers = new Headers(response.headers);
  headers.delete("x-middleware-next");
  return NextResponse.rewrite(new URL(`/${locale}/${route}`, request.url), { headers });
}

/** A counter screen: rendered per request for signed-in staff, so it gets a fresh nonce like the buyer's own pages. */
function counterPage(request: NextRequest): NextResponse {
  const policy = pagePolicy(request, newNonce(), false);
  return withPolicy(NextResponse.next({ request: { headers: request.headers } }), policy);
}

/** A page's policy, also set on the request, where Next reads the nonce to put it on every script it renders. */
function pagePolicy(request: NextRequest, nonce: string | undefined, stripe: boolean): string {
  const policy = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === "development",
    secure: (request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(/:$/, "")) === "https",
    backendUrl: backendUrl(),
    photosUrl: runtimeEnv("S3_FILE_URL"),
    stripeApiUrl: runtimeEnv("STRIPE_API_URL"),
    stripe,
  });
  request.headers.set("content-security-policy", policy);
  return policy;
}

function withPolicy(response: NextResponse, policy: string): NextResponse {
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Everything but API routes, Next's own files and files with an extension (favicon.ico, robots.txt).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
