/**
 * Loaded by `medusa start` before it creates its Express app (Medusa's hook for OpenTelemetry,
 * whose log line "OTEL registered" it prints). The project uses it for what must apply to every
 * answer, the Admin's included: see src/lib/security-headers.ts.
 */
import { createRequire } from "node:module"
import { hardenExpress } from "./src/lib/security-headers"

export function register() {
  // The Express that Medusa's start command requires, whichever copy npm installed for it.
  const fromMedusa = createRequire(require.resolve("@medusajs/medusa"))
  hardenExpress(fromMedusa("express"))
}
