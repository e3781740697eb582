/**
 * What every backend answer carries: no "X-Powered-By: Express" (it names the server to an
 * attacker and tells a buyer nothing), and the Admin (/app) refuses to be framed by another site,
 * so its buttons cannot be clicked through a page laid over them.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

export function securityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.removeHeader("X-Powered-By")
  res.setHeader("X-Content-Type-Options", "nosniff")
  if (req.path === "/app" || req.path.startsWith("/app/")) {
    res.setHeader("X-Frame-Options", "DENY")
    res.setHeader("Content-Security-Policy", "frame-ancestors 'none'")
  }
  next()
}
