import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import compression from "compression";
import { INLINE_SCRIPT_HASHES_HEADER } from "./content-security-policy";
import { finishScriptPolicy, inlineScriptHashes, withScriptHashes } from "./inline-script-hashes";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const PAGE = [
  "<!DOCTYPE html><html lang=vi><head>",
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script type="application/ld+json">{"name":"Mật ong bạc hà"}</script>',
  "</head><body><p>Nước mắm Cái Rồng</p>",
  '<script>self.__next_f.push([1,"Giò lụa \\u003c/script"])</script>',
  "<script data-x='a>b'>self.__next_f.push([2])</script>",
  "<script>self.__next_f.push([2])</script>",
  "<script></script>",
  "</body></html>",
].join("");

test("each distinct inline script is hashed over its UTF-8 text; scripts with src and empty ones are not", () => {
  assert.deepEqual(inlineScriptHashes(PAGE), [
    sha256('{"name":"Mật ong bạc hà"}'),
    sha256('self.__next_f.push([1,"Giò lụa \\u003c/script"])'),
    sha256("self.__next_f.push([2])"),
  ]);
});

test("the hashes join script-src only, and a policy without it stays as it was", () => {
  const policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'";
  assert.equal(withScriptHashes(policy, ["'sha256-a'", "'sha256-b'"]), "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'");
  assert.equal(withScriptHashes("default-src 'self'", ["'sha256-a'"]), "default-src 'self'");
  assert.equal(withScriptHashes(policy, []), policy);
});

/** Serves `listener` behind compression and finishScriptPolicy, as server.ts does, for one request. */
async function serve(listener: RequestListener, headers: Record<string, string> = {}) {
  const compress = compression({ threshold: 0 });
  const server = createServer((request, response) => compress(request as never, response as never, () => {
    finishScriptPolicy(response);
    listener(request, response);
  }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
    return { response, body: await response.text() };
  } finally {
    server.close();
  }
}

const POLICY = "default-src 'self'; script-src 'self'; object-src 'none'";

test("a page written in pieces is sent whole, with its scripts' hashes in the policy, and compressed after", async () => {
  const { response, body } = await serve((_request, response) => {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.setHeader("content-security-policy", POLICY);
    response.setHeader(INLINE_SCRIPT_HASHES_HEADER, "sha256");
    response.flushHeaders();
    const half = Math.floor(PAGE.length / 2);
    response.write(PAGE.slice(0, half));
    response.write(Buffer.from(PAGE.slice(half), "utf8"));
    response.end();
  }, { "accept-encoding": "gzip" });
  assert.equal(response.status, 200);
  assert.equal(body, PAGE);
  assert.equal(response.headers.get(INLINE_SCRIPT_HASHES_HEADER), null);
  assert.equal(response.headers.get("content-encoding"), "gzip");
  assert.equal(
    response.headers.get("content-security-policy"),
    `default-src 'self'; script-src 'self' ${inlineScriptHashes(PAGE).join(" ")}; object-src 'none'`,
  );
});

test("writeHead's own headers and status count, and a Content-Length follows the body", async () => {
  const { response, body } = await serve((_request, response) => {
    const length = Buffer.byteLength(PAGE);
    response.writeHead(404, { "content-type": "text/html", "content-security-policy": POLICY, [INLINE_SCRIPT_HASHES_HEADER]: "sha256", "content-length": String(length) });
    response.end(PAGE);
  });
  assert.equal(response.status, 404);
  assert.equal(body, PAGE);
  assert.match(response.headers.get("content-security-policy") ?? "", /script-src 'self' 'sha256-/);
});

test("a page that did not ask, and anything not HTML, pass through as they were written", async () => {
  const plain = await serve((_request, response) => {
    response.setHeader("content-type", "text/html");
    response.setHeader("content-security-policy", POLICY);
    response.end(PAGE);
  });
  assert.equal(plain.response.headers.get("content-security-policy"), POLICY);
  const data = await serve((_request, response) => {
    response.setHeader("content-type", "text/x-component");
    response.setHeader("content-security-policy", POLICY);
    response.setHeader(INLINE_SCRIPT_HASHES_HEADER, "sha256");
    response.end("<script>alert(1)</script>");
  });
  assert.equal(data.response.headers.get("content-security-policy"), POLICY);
  assert.equal(data.response.headers.get(INLINE_SCRIPT_HASHES_HEADER), null);
  assert.equal(data.body, "<script>alert(1)</script>");
});
