import assert from "node:assert/strict";
import { test } from "node:test";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split("; ").map((part) => {
    const [name, ...values] = part.split(" ");
    return [name as string, values];
  }));
}

const PRODUCTION = { development: false, secure: true, backendUrl: "https://api.ocop.example.vn/", stripe: false };

test("a page of the buyer's own runs only the scripts that carry its nonce, and what they load", () => {
  const policy = directives(contentSecurityPolicy({ ...PRODUCTION, nonce: "abc123" }));
  assert.deepEqual(policy.get("script-src"), ["'nonce-abc123'", "'strict-dynamic'"]);
  assert.deepEqual(policy.get("frame-ancestors"), ["'none'"]);
  assert.deepEqual(policy.get("object-src"), ["'none'"]);
  assert.deepEqual(policy.get("frame-src"), ["'none'"]);
  assert.deepEqual(policy.get("img-src"), ["'self'", "data:", "blob:", "https://api.ocop.example.vn"]);
  assert.ok(policy.has("upgrade-insecure-requests"));
});

test("photos kept in an S3-compatible bucket load from its public address too", () => {
  const policy = directives(contentSecurityPolicy({ ...PRODUCTION, photosUrl: "https://photos.ocop.example.vn/products" }));
  assert.deepEqual(policy.get("img-src"), ["'self'", "data:", "blob:", "https://api.ocop.example.vn", "https://photos.ocop.example.vn"]);
});

test("a cached catalogue page allows this origin's scripts only (server.ts adds its inline ones' hashes), with no eval outside development", () => {
  const policy = directives(contentSecurityPolicy(PRODUCTION));
  assert.deepEqual(policy.get("script-src"), ["'self'"]);
  assert.deepEqual(policy.get("connect-src"), ["'self'"]);
  const development = directives(contentSecurityPolicy({ ...PRODUCTION, development: true, secure: false }));
  assert.deepEqual(development.get("script-src"), ["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
  assert.ok(development.get("connect-src")?.includes("ws:"));
  assert.equal(development.has("upgrade-insecure-requests"), false);
});

test("checkout with cards lets Stripe.js frame its fields and reach Stripe's API, or the server standing in for it", () => {
  const policy = directives(contentSecurityPolicy({ ...PRODUCTION, nonce: "n", stripe: true, stripeApiUrl: "http://localhost:12111/v1" }));
  assert.deepEqual(policy.get("frame-src"), ["https://js.stripe.com", "https://hooks.stripe.com"]);
  assert.deepEqual(policy.get("connect-src"), ["'self'", "https://api.stripe.com", "http://localhost:12111"]);
});

test("a nonce is fresh for every answer", () => {
  const nonces = new Set(Array.from({ length: 100 }, newNonce));
  assert.equal(nonces.size, 100);
  assert.match(newNonce(), /^[A-Za-z0-9+/]{22}==$/);
});
