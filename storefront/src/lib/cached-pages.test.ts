// The pages meant to be cached whole (ISR) are built as such: a dynamic API read by mistake in one
// of them (cookies(), headers(), searchParams, connection()) turns it into a page rendered per
// request, which no functional test notices but every buyer pays for. `npm run test:build` builds
// the storefront, then this reads which routes Next prerenders on demand.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

const STOREFRONT_DIR = path.join(import.meta.dirname, "..", "..");
const MANIFEST = path.join(STOREFRONT_DIR, ".next", "prerender-manifest.json");
/** Written by `npm run test:build` after its build, as search-key.test.ts needs. */
const PROBE_FILE = path.join(STOREFRONT_DIR, ".next", "master-key-probe");

const CACHED_WHOLE = ["/[locale]/products/[handle]", "/[locale]/browse/[view]", "/[locale]/producers/[handle]", "/[locale]/provinces/[province]"];

test("the product page, the catalogue's browsing views, producer and province pages are cached whole", { skip: !existsSync(PROBE_FILE) && "no production build here: run `npm run test:build --workspace @ocop/storefront`" }, () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as { dynamicRoutes: Record<string, unknown> };
  for (const route of CACHED_WHOLE) assert.ok(route in manifest.dynamicRoutes, `${route} is rendered per request: it reads a dynamic API`);
});
