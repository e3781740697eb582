// Medusa's module loader caches metadata between suites; reset it so each suite starts clean.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Photos uploaded by tests go to a scratch folder, never into the static folder a stack serves.
process.env.MEDUSA_UPLOAD_DIR ??= require("node:path").join(require("node:os").tmpdir(), "ocop-test-uploads")
