// Medusa resolves the app's modules (./src/modules/…) and its .env from the working directory: run
// from the backend's, as the seed does under `medusa exec`. Then the backend's own test setup.
const path = require("node:path")

process.chdir(path.dirname(require.resolve("@ocop/backend/package.json")))
require("@ocop/backend/integration-tests/setup")
