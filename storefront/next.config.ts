import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

/**
 * Sent with every answer: no framing by another site (clickjacking), no MIME sniffing, the page's
 * address kept to this origin, no camera or microphone except for the counter's scanner later,
 * and, in production (served over HTTPS), HSTS. Pages get their Content-Security-Policy from the
 * proxy (src/proxy.ts), which knows the request, finished by server.ts; everything else (API routes, files) gets the one
 * below, which lets nothing run.
 */
const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
  ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // server.ts compresses, after it has hashed each cached page's inline scripts into its policy.
  compress: false,
  // A review's photo (up to the photo pipeline's 20 MB, @ocop/domain/photo-limits) and a
  // certificate's decision document (a scanned PDF, up to the backend's 8 MB) are posted to server
  // actions, on pages the proxy (src/proxy.ts) runs for, which would cut a body off at 10 MB.
  experimental: { serverActions: { bodySizeLimit: "21mb" }, proxyClientMaxBodySize: "21mb" },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
  // Stylesheets stay files, not inlineCss: Next 16.4 writes an inlined stylesheet once more into
  // the page's RSC payload for every segment that uses it (vercel/next.js#98110, #95141), which made
  // the home page's HTML 225 kB with three copies of the 32 kB module stylesheet; the HTML parse and
  // payload work that cost showed as blocking time on a phone. As files they are fetched once and
  // cached for every later page.
};

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  experimental: {
    // Messages are compiled at build time, so the browser gets no ICU message parser.
    messages: { path: "./messages", format: "json", locales: "infer", precompile: true },
  },
});

export default withNextIntl(nextConfig);
