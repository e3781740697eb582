// Maps "/san-pham" and "/en/products" to the app's [locale] routes, and answers any path that names
// no page with 404 and the not-found page already in the HTML.
import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { isKnownPagePath } from "./i18n/known-paths";
import { routing } from "./i18n/routing";

const localize = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const response = localize(request);
  if (response.headers.has("location") || isKnownPagePath(request.nextUrl.pathname)) return response;
  // The status is set here rather than by notFound() in app/[locale]/[...rest]: in a production
  // build notFound() answers with an empty <body> and the page drawn only by JavaScript
  // (vercel/next.js#62228), which would leave a phone without it, or still loading it, blank.
  const target = response.headers.get("x-middleware-rewrite") ?? request.url;
  return NextResponse.rewrite(new URL(target), { status: 404, headers: response.headers });
}

export const config = {
  // Everything but API routes, Next's own files and files with an extension (favicon.ico, robots.txt).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
