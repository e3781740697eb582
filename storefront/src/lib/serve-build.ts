// Serves the production build that `npm run test:build` made with storefront/server.ts, for the
// build tests that open its pages (script-policy.test.ts, cached-pages.test.ts).
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

const STOREFRONT_DIR = path.join(import.meta.dirname, "..", "..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** server.ts on a free port with the given environment, once it answers; stop it with `kill()`. */
export async function serveBuild(env: Record<string, string>): Promise<{ origin: string; server: ChildProcess }> {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const server = spawn(process.execPath, ["--import", "tsx", "server.ts", "--port", String(port)], {
    cwd: STOREFRONT_DIR,
    env: { ...process.env, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server.ts exited with ${server.exitCode}.`);
    if (Date.now() - started > 60_000) throw new Error("server.ts did not answer within 60 s.");
    try {
      await fetch(`${origin}/robots.txt`);
      return { origin, server };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}
