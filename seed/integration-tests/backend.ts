import path from "node:path"

/** The backend app the seed loads into: Medusa's test runner boots it from here. */
export const BACKEND_DIR = path.dirname(require.resolve("@ocop/backend/package.json"))
