// The browser may get the search-only key, never Meilisearch's master key: build the storefront
// with a known fake master key in its environment (`npm run test:build`) and look for it
// in every asset the browser can download. Without such a build the test says how to make one.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

const STATIC_DIR = path.join(import.meta.dirname, "..", "..", ".next", "static");
/** Written by `npm run test:build` after its build: the fake master key that build had. */
const PROBE_FILE = path.join(import.meta.dirname, "..", "..", ".next", "master-key-probe");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

test("no asset the browser downloads contains the Meilisearch master key", (t) => {
  // `next build` empties .next, so a probe is only ever beside the build it describes.
  if (!existsSync(STATIC_DIR) || !existsSync(PROBE_FILE)) {
    t.skip("no build made with the fake master key: run `npm run test:build --workspace @ocop/storefront`");
    return;
  }
  const masterKey = readFileSync(PROBE_FILE, "utf8").trim();
  assert.ok(masterKey.length >= 16, "the probe holds no key");
  const assets = files(STATIC_DIR);
  assert.ok(assets.length > 0, ".next/static is empty");
  const leaking = assets.filter((file) => readFileSync(file).includes(masterKey));
  assert.deepEqual(leaking, []);
});
