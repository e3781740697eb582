import assert from "node:assert/strict";
import { test } from "node:test";
import { isCountableScan, parseDigitalLink } from "./batch-trace";

const browser = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
const headers = (values: Record<string, string>) => new Headers(values);

test("reads a Digital Link's GTIN-14 and lot back to the pack's GTIN-13", () => {
  assert.deepEqual(parseDigitalLink("08934588012228", "L2025-11A"), { gtin: "8934588012228", lot: "L2025-11A" });
  assert.equal(parseDigitalLink("08934588012227", "L2025-11A"), null);
  assert.equal(parseDigitalLink("8934588012228", "L2025-11A"), null);
  assert.equal(parseDigitalLink("08934588012228", "L%2F1"), null);
  assert.equal(parseDigitalLink("08934588012228", "%E0%A4%A"), null);
});

test("counts a browser's navigation to the page", () => {
  assert.equal(isCountableScan(headers({ "user-agent": browser, "sec-fetch-dest": "document" })), true);
  assert.equal(isCountableScan(headers({ "user-agent": browser })), true);
});

test("does not count prefetches, router data requests, crawlers or link previews", () => {
  assert.equal(isCountableScan(headers({ "user-agent": browser, "next-router-prefetch": "1" })), false);
  assert.equal(isCountableScan(headers({ "user-agent": browser, rsc: "1" })), false);
  assert.equal(isCountableScan(headers({ "user-agent": browser, "sec-purpose": "prefetch;prerender" })), false);
  assert.equal(isCountableScan(headers({ "user-agent": browser, "sec-fetch-dest": "empty" })), false);
  assert.equal(isCountableScan(headers({ "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" })), false);
  assert.equal(isCountableScan(headers({ "user-agent": "facebookexternalhit/1.1" })), false);
  assert.equal(isCountableScan(headers({})), false);
});
