// Serves the storefront's production build: Next's own request handler, with the one thing
// `next start` cannot do, finishing each cached page's script policy with the hashes of the
// inline scripts it holds (src/lib/inline-script-hashes.ts).
//
//   node --import tsx server.ts [--port 8000] [--hostname 0.0.0.0]     (PORT and HOSTNAME work too)
//
// Next's compression is off in next.config.ts (it would compress the page before the hashes are
// taken), so the answers are compressed here, after them, by the same `compression` middleware.
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import compression from "compression";
import next from "next";
import { finishScriptPolicy } from "./src/lib/inline-script-hashes";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 8000);
const hostname = values.hostname ?? process.env.HOSTNAME;
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`The port "${values.port ?? process.env.PORT}" is not a port number: give one from 1 to 65535 with --port or PORT.`);
  process.exit(1);
}

async function serve(): Promise<void> {
  const app = next({ dev: false, dir: path.resolve(__dirname), port, hostname });
  const handle = app.getRequestHandler();
  const compress = compression();
  await app.prepare();
  const server = createServer((request, response) => {
    compress(request as never, response as never, () => {
      finishScriptPolicy(response);
      void handle(request, response);
    });
  });
  server.listen(port, hostname, () => console.log(`OCOP storefront ready on http://${hostname ?? "localhost"}:${port}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      // Keep-alive connections would hold close() open; give them a moment, then go.
      setTimeout(() => process.exit(0), 2_000).unref();
    });
  }
}

serve().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
