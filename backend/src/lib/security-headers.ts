/**
 * What every backend answer carries, the Admin's pages included:
 * - no "X-Powered-By: Express": it names the server to an attacker and tells a buyer nothing;
 * - no MIME sniffing;
 * - the Admin (/app) refuses to be framed by another site, so its buttons cannot be clicked
 *   through a page laid over them.
 *
 * Medusa mounts the Admin before the project's middlewares, so a route middleware never sees /app.
 * `hardenExpress` therefore changes Express itself, before Medusa creates its app: it is called
 * from `instrumentation.ts`, the one file `medusa start` (and `medusa develop`, which forks it)
 * loads before `express()`. The integration test runner builds its app without that file, so the
 * project's "*" middleware sets the same headers on the API there too.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IncomingMessage, ServerResponse } from "node:http"

type ExpressApplication = {
  init(this: ExpressApplication): void
  handle(this: ExpressApplication, req: IncomingMessage, res: ServerResponse, callback?: unknown): void
  disable(setting: string): unknown
}

const ADMIN_PATH = /^\/app(?:[/?#]|$)/

function setHeaders(url: string, res: Pick<ServerResponse, "setHeader" | "removeHeader">) {
  res.removeHeader("X-Powered-By")
  res.setHeader("X-Content-Type-Options", "nosniff")
  if (ADMIN_PATH.test(url)) {
    res.setHeader("X-Frame-Options", "DENY")
    res.setHeader("Content-Security-Policy", "frame-ancestors 'none'")
  }
}

const HARDENED = Symbol.for("ocop.hardened-express")

/** Makes every Express app created from now on send the headers above. Idempotent. */
export function hardenExpress(express: { application: ExpressApplication }) {
  const application = express.application as ExpressApplication & { [HARDENED]?: true }
  if (application[HARDENED]) return
  application[HARDENED] = true
  const { init, handle } = application
  application.init = function (this: ExpressApplication) {
    init.call(this)
    this.disable("x-powered-by")
  }
  application.handle = function (this: ExpressApplication, req, res, callback) {
    setHeaders(req.url ?? "/", res)
    return handle.call(this, req, res, callback)
  }
}

export function securityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  setHeaders(req.originalUrl, res)
  next()
}
