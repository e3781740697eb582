import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
