// The pages meant to be cached whole (ISR) are built as such: a dynamic API read by mistake in one
// of them (cookies(), headers(), searchParams, connection()) turns it into a page rendered per
// request, which no functional test notices but every buyer pays for. `npm run test:build` builds
// the storefront, then this reads which routes Next prerenders on demand, and serves the build
// against a stand-in store API to see the home page come from the cache in both languages.
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { after, before, test } from "node:test";
import { CACHE_TAGS } from "@ocop/domain/cache-tags";
import { freePort, serveBuild } from "./serve-build";

const STOREFRONT_DIR = path.join(import.meta.dirname, "..", "..");
const MANIFEST = path.join(STOREFRONT_DIR, ".next", "prerender-manifest.json");
/** Written by `npm run test:build` after its build, as search-key.test.ts needs. */
const PROBE_FILE = path.join(STOREFRONT_DIR, ".next", "master-key-probe");
const skip = !existsSync(PROBE_FILE) && "no production build here: run `npm run test:build --workspace @ocop/storefront`";

const CACHED_WHOLE = [
  "/[locale]/home/[edition]",
  "/[locale]/products/[handle]",
  "/[locale]/browse/[view]",
  "/[locale]/producers/[handle]",
  "/[locale]/provinces/[province]",
  "/[locale]/campaigns/[handle]",
  "/[locale]/fairs/[handle]",
];

test("the home page, the product page, the catalogue's browsing views, producer, province, campaign and fair pages are cached whole", { skip }, () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as { dynamicRoutes: Record<string, unknown> };
  for (const route of CACHED_WHOLE) assert.ok(route in manifest.dynamicRoutes, `${route} is rendered per request: it reads a dynamic API`);
});

/**
 * The store API the home page reads, with one product whose title is changed at will, counting
 * the searches it is asked, so the test sees when the storefront renders the page again.
 */
function standInStore() {
  const state = { title: `Mật ong ${randomUUID()}`, campaign: `Tuần hàng Hà Nội ${randomUUID()}`, searches: 0 };
  const answers: Record<string, () => unknown> = {
    "/store/regions": () => ({ regions: [{ id: "reg_vn", name: "Việt Nam", currency_code: "vnd", countries: [{ iso_2: "vn" }] }] }),
    "/store/product-sets": () => ({ product_sets: [] }),
    "/store/trade-campaigns": () => ({
      campaigns: [
        {
          id: "tcamp_1",
          handle: "tuan-hang-ha-noi",
          name_vi: state.campaign,
          name_en: state.campaign,
          summary_vi: null,
          summary_en: null,
          banner: null,
          starts_at: "2026-01-01T00:00:00.000Z",
          ends_at: "2099-01-01T00:00:00.000Z",
          province_code: "01",
          product_ids: ["prod_1"],
          discount: null,
          live: true,
        },
      ],
      next_change_at: null,
    }),
    "/store/product-search": () => {
      state.searches++;
      const hit = {
        id: "prod_1",
        handle: "mat-ong-ban-ca",
        title: state.title,
        title_en: null,
        description: null,
        description_en: null,
        producer_name: "HTX Bản Cà",
        producer_handle: "htx-ban-ca",
        star_rating: 5,
        ocop_standing: "certified",
        province_code: "01",
        province: "Hà Nội",
        price_vnd: 125000,
        in_stock: true,
        thumbnail: null,
        created_at: "2026-01-01T00:00:00.000Z",
      };
      return { engine: "postgres", hits: [hit], estimatedTotalHits: 1, facetDistribution: { province: { "01": 1 } } };
    },
  };
  const server: Server = createServer((request, response) => {
    const answer = answers[new URL(request.url ?? "/", "http://store").pathname];
    response.writeHead(answer ? 200 : 404, { "content-type": "application/json" });
    response.end(JSON.stringify(answer ? answer() : { message: "not in the stand-in store" }));
  });
  return { state, server };
}

const REVALIDATE_SECRET = "cached-pages-test-secret";
const store = standInStore();
let storefront: { origin: string; server: ChildProcess } | undefined;

before(async () => {
  if (skip) return;
  const storePort = await freePort();
  await new Promise<void>((resolve) => store.server.listen(storePort, "127.0.0.1", resolve));
  storefront = await serveBuild({
    NEXT_PUBLIC_MEDUSA_BACKEND_URL: `http://127.0.0.1:${storePort}`,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: "pk_cached_pages_test",
    MEDUSA_PUBLISHABLE_KEY_FILE: "",
    NEXT_PUBLIC_MEILISEARCH_HOST: "",
    REVALIDATE_SECRET,
  });
});

after(() => {
  storefront?.server.kill("SIGTERM");
  store.server.close();
});

/** Asks for a page until `done` holds for its answer (the proxy first reads the store in the background). */
async function fetchUntil(url: string, done: (response: Response, html: string) => boolean): Promise<{ response: Response; html: string }> {
  let last: { response: Response; html: string } | undefined;
  for (let attempt = 0; attempt < 60; attempt++) {
    const response = await fetch(url);
    const html = await response.text();
    last = { response, html };
    if (done(response, html)) return last;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.fail(`${url} never answered as expected; last: ${last?.response.status} ${JSON.stringify(Object.fromEntries(last?.response.headers ?? []))}`);
}

const fromCache = (response: Response) => response.headers.get("x-nextjs-cache") === "HIT";

async function revalidate(tag: string) {
  assert.ok(storefront);
  const answer = await fetch(`${storefront.origin}/api/revalidate?tag=${tag}`, {
    method: "POST",
    headers: { authorization: `Bearer ${REVALIDATE_SECRET}` },
  });
  assert.equal(answer.status, 200, `revalidating ${tag}`);
}

test("the home page is served from the cache in both languages, and shows a change once the products or campaigns tag is revalidated", { skip }, async () => {
  assert.ok(storefront);
  // A build served before keeps its cached pages on disk: they are renewed from this store first.
  for (const tag of [CACHE_TAGS.products, CACHE_TAGS.campaigns]) await revalidate(tag);
  for (const home of ["/", "/en"]) {
    const { response, html } = await fetchUntil(
      `${storefront.origin}${home}`,
      (answer, page) => fromCache(answer) && page.includes(store.state.title) && page.includes(store.state.campaign),
    );
    assert.equal(response.status, 200, home);
    assert.doesNotMatch(response.headers.get("cache-control") ?? "", /no-store|private/, `${home} is sent as a page rendered per request`);
    assert.ok(html.includes(store.state.title), `${home} does not show the store's product`);
    assert.ok(html.includes(store.state.campaign), `${home} does not show the store's live campaign`);
    // The header's links are built on the server in the page's language, with no script needed.
    const english = home === "/en";
    assert.match(html, new RegExp(`<form[^>]*action="${english ? "/en/products" : "/san-pham"}"`), `${home}: the search box's form`);
    assert.match(html, new RegExp(`href="${english ? "/en/cart" : "/gio-hang"}"`), `${home}: the cart link`);
    assert.match(html, /<a href="\/" lang="vi"/, `${home}: the language switch's Vietnamese link`);
    assert.match(html, /<a href="\/en" lang="en"/, `${home}: the language switch's English link`);
    assert.match(html, new RegExp(`href="${english ? "/en/products/" : "/san-pham/"}mat-ong-ban-ca"`), `${home}: the product card's link`);
    const searches = store.state.searches;
    for (let visit = 0; visit < 5; visit++) {
      const again = await fetch(`${storefront.origin}${home}`);
      await again.text();
      assert.ok(fromCache(again), `${home} was rendered again for a later visitor`);
    }
    assert.equal(store.state.searches, searches, `${home} asked the store again for a later visitor`);
  }

  store.state.title = `Mật ong ${randomUUID()}`;
  await revalidate(CACHE_TAGS.products);
  for (const home of ["/", "/en"]) {
    await fetchUntil(`${storefront.origin}${home}`, (answer, html) => fromCache(answer) && html.includes(store.state.title));
  }

  store.state.campaign = `Tuần hàng Hà Nội ${randomUUID()}`;
  await revalidate(CACHE_TAGS.campaigns);
  for (const home of ["/", "/en"]) {
    await fetchUntil(`${storefront.origin}${home}`, (answer, html) => fromCache(answer) && html.includes(store.state.campaign));
  }
});
