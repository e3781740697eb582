// The script policy of a cached page, finished by the server that sends it (server.ts).
//
// A catalogue page is rendered once and sent to every buyer, so it can carry no per-request nonce.
// Its inline scripts are Next's data payload (`self.__next_f.push(…)`), which differs per page and
// per rendering, so no list written at build time can name them either. The proxy therefore gives
// such a page `script-src 'self'` and asks, with INLINE_SCRIPT_HASHES_HEADER, for the hashes of the
// inline scripts actually in it; the server adds them as the page leaves. A script injected into
// the page, or an inline handler, matches no hash and does not run. Where the page is served by
// something that does not finish the policy (`next start`), it stays `script-src 'self'`: the page
// shows, but its inline scripts do not run, which fails safe.
import { createHash } from "node:crypto";
import type { IncomingHttpHeaders, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { INLINE_SCRIPT_HASHES_HEADER } from "./content-security-policy";

// An element's attributes end at the first ">" outside quotes; a script's text ends at the first
// "</script", which the HTML parser also stops at (Next escapes "</" inside its payload).
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

/**
 * `'sha256-…'` for each distinct inline script of the HTML, in order: the hash the browser
 * computes over the UTF-8 bytes of the script's text.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (HAS_SRC.test(attributes ?? "") || !text) continue;
    hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The policy with the hashes added to its script-src (a policy without one is returned as it is). */
export function withScriptHashes(policy: string, hashes: readonly string[]): string {
  if (hashes.length === 0) return policy;
  return policy
    .split(";")
    .map((directive) => {
      const trimmed = directive.trim();
      return /^script-src(\s|$)/i.test(trimmed) ? [trimmed, ...hashes].join(" ") : trimmed;
    })
    .join("; ");
}

function isHtml(response: ServerResponse): boolean {
  return /^text\/html\b/i.test(String(response.getHeader("content-type") ?? ""));
}

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;

/**
 * Holds back a page that asked for its script hashes (INLINE_SCRIPT_HASHES_HEADER) until its
 * HTML is complete, then sends it with the hashes in its Content-Security-Policy. Every other
 * response passes through untouched and unbuffered. Cached pages are written whole anyway, so
 * holding one back costs no time to first byte.
 */
export function finishScriptPolicy(response: ServerResponse): void {
  const original = {
    writeHead: response.writeHead.bind(response),
    flushHeaders: response.flushHeaders.bind(response),
    write: response.write.bind(response),
    end: response.end.bind(response),
  };
  let mode: "undecided" | "passing" | "holding" = "undecided";
  let heldStatus: { code: number; message?: string } | undefined;
  const held: Buffer[] = [];

  const restore = () => Object.assign(response, original);
  /** Decided on the first thing written: by then Next has set every header. */
  const decide = () => {
    if (mode !== "undecided") return;
    const asked = response.getHeader(INLINE_SCRIPT_HASHES_HEADER) !== undefined;
    response.removeHeader(INLINE_SCRIPT_HASHES_HEADER);
    mode = asked && isHtml(response) ? "holding" : "passing";
    if (mode === "passing") restore();
  };
  const hold = (chunk: Chunk | undefined, encoding?: BufferEncoding) => {
    if (chunk === undefined || chunk === null) return;
    held.push(typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk));
  };

  response.writeHead = ((code: number, ...rest: unknown[]) => {
    // writeHead(code, message?, headers?): its headers become ordinary ones, so the policy can still change.
    const message = typeof rest[0] === "string" ? (rest.shift() as string) : undefined;
    const headers = rest[0] as OutgoingHttpHeaders | IncomingHttpHeaders | string[] | undefined;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) response.setHeader(headers[i]!, headers[i + 1]!);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
    }
    decide();
    if (mode === "passing") return original.writeHead(code, message);
    heldStatus = { code, message };
    response.statusCode = code;
    return response;
  }) as ServerResponse["writeHead"];

  response.flushHeaders = () => {
    decide();
    if (mode === "passing") original.flushHeaders();
  };

  response.write = ((chunk: Chunk, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    decide();
    if (mode === "passing") return (original.write as (...args: unknown[]) => boolean)(chunk, encoding, callback);
    hold(chunk, typeof encoding === "string" ? encoding : undefined);
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) queueMicrotask(() => done());
    return true;
  }) as ServerResponse["write"];

  response.end = ((chunk?: Chunk | Callback, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    decide();
    if (mode === "passing") return (original.end as (...args: unknown[]) => ServerResponse)(chunk, encoding, callback);
    if (typeof chunk === "function") callback = chunk;
    else hold(chunk, typeof encoding === "string" ? encoding : undefined);
    if (typeof encoding === "function") callback = encoding;
    restore();
    const body = Buffer.concat(held);
    const policy = response.getHeader("content-security-policy");
    if (typeof policy === "string") response.setHeader("content-security-policy", withScriptHashes(policy, inlineScriptHashes(body.toString("utf8"))));
    if (response.getHeader("content-length") !== undefined) response.setHeader("content-length", body.length);
    if (heldStatus) original.writeHead(heldStatus.code, heldStatus.message);
    return callback ? original.end(body, callback) : original.end(body);
  }) as ServerResponse["end"];
}
