// Medusa's module loader caches metadata between suites; reset it so each suite starts clean.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
