// The production server (server.ts) sends pages whose inline scripts all run and whose policy
// allows no other: `npm run test:build` builds the storefront, then this serves that build on a
// free port, with no backend behind it (the pages say the shop is unavailable, with Next's own
// inline payload and the header's client components all the same), and opens it in Chromium.
// Without such a build the test says how to make one.
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { chromium, type Page } from "playwright";
import { inlineScriptHashes } from "./inline-script-hashes";
import { freePort, serveBuild } from "./serve-build";

const STOREFRONT_DIR = path.join(import.meta.dirname, "..", "..");
/** Written by `npm run test:build` after its build, as search-key.test.ts needs. */
const PROBE_FILE = path.join(STOREFRONT_DIR, ".next", "master-key-probe");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const built = existsSync(PROBE_FILE);
const skip = built ? false : "no production build here: run `npm run test:build --workspace @ocop/storefront`";

let server: ChildProcess | undefined;
let origin = "";

before(async () => {
  if (!built) return;
  const closedPort = await freePort();
  ({ origin, server } = await serveBuild({ NEXT_PUBLIC_MEDUSA_BACKEND_URL: `http://localhost:${closedPort}`, MEDUSA_PUBLISHABLE_KEY_FILE: "" }));
});

after(() => {
  server?.kill("SIGTERM");
});

/** The pages a catalogue visitor lands on, in both languages, and one that names no page (404). */
const PAGES = ["/", "/en", "/san-pham", "/en/products/khong-co-san-pham-nay", "/khong-co-trang-nay"];

function scriptSources(policy: string): string[] {
  const directive = policy.split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src "));
  return directive?.split(" ").slice(1) ?? [];
}

test("every cached page's policy lists exactly its inline scripts' hashes, and allows no other inline script", { skip }, async () => {
  for (const page of PAGES) {
    const response = await fetch(`${origin}${page}`);
    const html = await response.text();
    const policy = response.headers.get("content-security-policy") ?? "";
    const sources = scriptSources(policy);
    const hashes = inlineScriptHashes(html);
    assert.ok(hashes.length > 0, `${page} has no inline script to check`);
    assert.deepEqual(sources, ["'self'", ...hashes], `${page}: ${policy}`);
    assert.equal(response.headers.get("x-ocop-inline-script-hashes"), null);
  }
});

/** Policy violations the page reports, gathered from the start of the document. */
async function violationsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

test("in Chromium the pages run Next's scripts and the search box, and an injected script is refused", { skip }, async () => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { violations: string[] }).violations = violations;
      document.addEventListener("securitypolicyviolation", (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    for (const path of ["/", "/en/products/khong-co-san-pham-nay"]) {
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      // The search box asks for suggestions only once React has hydrated it with the page's payload.
      const asked = page.waitForRequest((request) => request.url().includes("/api/search/suggestions"), { timeout: 30_000 });
      await page.getByRole("combobox").first().fill("mat ong");
      await asked;
      assert.deepEqual(await violationsOf(page), [], path);
      // An inline script added after the policy was made matches none of its hashes.
      const ran = await page.evaluate(async () => {
        const script = document.createElement("script");
        script.textContent = "window.injectedRan = true";
        document.body.append(script);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
      });
      assert.equal(ran, false, `${path}: an injected inline script ran`);
      assert.ok((await violationsOf(page)).some((violation) => violation.startsWith("script-src")), path);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
