/**
 * The official Meilisearch client, loaded through its CommonJS build. Its one declaration file
 * is typed as an ES module, which a CommonJS file (this backend, under module Node16) may only
 * refer to as types; this file is the one place that bridges the two.
 */
type Meilisearch = typeof import("meilisearch", { with: { "resolution-mode": "import" } })

const meilisearch: Meilisearch = require("meilisearch")

export const { MeiliSearch, MeiliSearchApiError } = meilisearch
export type MeiliSearch = InstanceType<Meilisearch["MeiliSearch"]>
export type Settings = import("meilisearch", { with: { "resolution-mode": "import" } }).Settings
export type Task = import("meilisearch", { with: { "resolution-mode": "import" } }).Task
export type EnqueuedTaskPromise = import("meilisearch", { with: { "resolution-mode": "import" } }).EnqueuedTaskPromise
