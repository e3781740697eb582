import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context, IEventBusModuleService, Logger } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService, Modules } from "@medusajs/framework/utils"
import { MeiliSearch, MeiliSearchApiError, type EnqueuedTaskPromise, type Task } from "./meilisearch-client"
import type { ProductSearchDocument } from "./document"
import { PRODUCT_INDEX_SETTINGS, PRODUCT_INDEX_SETTINGS_HASH } from "./settings"
import { PRODUCT_SEARCH_CHECK_REQUESTED } from "../../events"
import StoredSearchDocument from "./models/stored-document"
import { type StoredSearch, type StoredSearchAnswer, storedDocumentRows, storedSearchAnswer } from "./stored-search"

export type ProductSearchOptions = {
  /** Meilisearch's URL; without it the module is off and every write is a no-op. */
  host?: string
  /** A key allowed to manage indexes and documents (the master key locally). */
  apiKey?: string
  /** The index the storefront searches, and that its search-only key is scoped to. */
  indexUid?: string
}

type InjectedDependencies = {
  logger: Logger
  [Modules.EVENT_BUS]: IEventBusModuleService
}

type ModuleDeclaration = { worker_mode?: "shared" | "worker" | "server" }

/** Why the index has to be built again from the catalogue. */
export type RebuildReason = "index_missing" | "settings_changed" | "out_of_step"

export type IndexHealth =
  | { state: "disabled" }
  | { state: "current"; documents: number }
  | { state: "stale"; reason: Exclude<RebuildReason, "out_of_step"> }

type IndexState = { id: "settings"; settings_hash: string; rebuilt_at: string; documents: number }

const DEFAULT_INDEX_UID = "products"
/** Writes land within milliseconds; this only bounds a stuck Meilisearch. */
const TASK_TIMEOUT_MS = 60_000
/** A rebuild's batches queue behind each other: the last waits for all of them. */
const REBUILD_TASK_TIMEOUT_MS = 30 * 60_000
const REBUILD_BATCH_SIZE = 5_000
/** Writes into a missing index ask for a rebuild at most this often; the rebuild covers them all. */
const MISSING_INDEX_RECHECK_MS = 30_000

let reportedDisabled = false

/**
 * Keeps the Meilisearch index of published products: its settings, document writes, and
 * rebuilds into a side index swapped in atomically, so the index (and the storefront's
 * search-only key scoped to its name) never goes away. Every document is also kept in Postgres
 * (`product_search_document`), written first, which answers searches when Meilisearch cannot
 * (`searchStored`) and is kept even without MEILISEARCH_HOST. It knows nothing of Medusa's data:
 * workflows build the documents and hand them over.
 */
export default class ProductSearchModuleService extends MedusaService({ StoredSearchDocument }) {
  protected readonly logger_: Logger
  protected readonly container_: InjectedDependencies
  protected readonly client_: MeiliSearch | undefined
  protected readonly indexUid_: string
  protected readonly isWorker_: boolean
  /** Set while this process rebuilds: live writes go to both indexes and are replayed after the swap. */
  protected rebuild_: { touchedIds: Set<string> } | undefined
  protected liveIndexSeen_ = false
  protected missingIndexReportedAt_ = 0

  __hooks = {
    onApplicationStart: async () => this.checkOnStart_(),
  }

  constructor(container: InjectedDependencies, options: ProductSearchOptions = {}, declaration: ModuleDeclaration = {}) {
    super(container, options, declaration)
    this.container_ = container
    this.logger_ = container.logger
    this.indexUid_ = options.indexUid || DEFAULT_INDEX_UID
    this.client_ = options.host ? new MeiliSearch({ host: options.host, apiKey: options.apiKey }) : undefined
    // An HTTP-only process leaves index upkeep to the workers.
    this.isWorker_ = declaration.worker_mode !== "server"
  }

  get isEnabled(): boolean {
    return this.client_ !== undefined
  }

  get indexUid(): string {
    return this.indexUid_
  }

  /** Side indexes: the one a rebuild fills, and the one that remembers which settings built the index. */
  get rebuildIndexUid(): string {
    return `${this.indexUid_}_rebuild`
  }

  get stateIndexUid(): string {
    return `${this.indexUid_}_state`
  }

  async upsertDocuments(documents: ProductSearchDocument[]): Promise<void> {
    if (!documents.length) return
    this.rememberTouched_(documents.map((d) => d.id))
    await this.storeDocuments_(documents)
    if (!this.client_) return
    // Writing would create the index without its settings; the rebuild it asks for includes these products.
    if (!(await this.liveIndexExists_())) return
    await Promise.all(
      this.liveIndexes_().map((uid) => this.settle_(this.client_!.index(uid).addDocuments(documents, { primaryKey: "id" })))
    )
  }

  async deleteDocuments(ids: string[]): Promise<void> {
    if (!ids.length) return
    this.rememberTouched_(ids)
    await this.unstoreDocuments_(ids)
    if (!this.client_) return
    if (!(await this.liveIndexExists_())) return
    await Promise.all(this.liveIndexes_().map((uid) => this.settle_(this.client_!.index(uid).deleteDocuments(ids))))
  }

  /** Ids of documents whose certificate ran out before `todayTs` (00:00 UTC of today's date in Vietnam), from the Postgres copy. */
  @InjectManager()
  async listExpiredCertifications(todayTs: number, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string[]> {
    const rows: { id: string }[] = await (sharedContext.manager as EntityManager).execute(
      "select id from product_search_document where certificate_valid_until < ? and deleted_at is null",
      [new Date(todayTs)]
    )
    return rows.map((row) => row.id)
  }

  /**
   * The fallback's search over the Postgres copy: the same passes, filters and sorts as the
   * storefront asks of Meilisearch, its facets counted over every matching product.
   */
  @InjectManager()
  async searchStored(search: StoredSearch, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<StoredSearchAnswer> {
    return storedSearchAnswer(sharedContext.manager as EntityManager, search)
  }

  /** How many documents the Postgres copy holds, to tell when it is out of step with the catalogue. */
  @InjectManager()
  async countStoredDocuments(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number> {
    const [row] = await (sharedContext.manager as EntityManager).execute(
      "select count(*)::int as count from product_search_document where deleted_at is null"
    )
    return Number(row?.count ?? 0)
  }

  /** Whether the index exists and was built with today's settings and document shape. */
  async checkIndex(): Promise<IndexHealth> {
    if (!this.client_) return { state: "disabled" }
    try {
      await this.client_.getRawIndex(this.indexUid_)
    } catch (error) {
      if (isNotFound(error)) return { state: "stale", reason: "index_missing" }
      throw error
    }
    const state = await this.readState_()
    if (state?.settings_hash !== PRODUCT_INDEX_SETTINGS_HASH) return { state: "stale", reason: "settings_changed" }
    const stats = await this.client_.index(this.indexUid_).getStats()
    return { state: "current", documents: stats.numberOfDocuments }
  }

  /**
   * Builds the whole index again from `batches` in a side index with the current settings, then
   * swaps it in. Returns the ids written live while it ran: their documents in the new index may
   * be older than the change, so the caller syncs them once more.
   */
  async rebuild(batches: AsyncIterable<ProductSearchDocument[]>): Promise<{ documents: number; touchedIds: string[] }> {
    if (this.rebuild_) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "The product search index is already being rebuilt in this process.")
    }
    this.rebuild_ = { touchedIds: new Set() }
    try {
      const client = this.client_
      if (client) {
        await client.deleteIndexIfExists(this.rebuildIndexUid)
        await this.settle_(client.createIndex(this.rebuildIndexUid, { primaryKey: "id" }))
        await this.settle_(client.index(this.rebuildIndexUid).updateSettings(PRODUCT_INDEX_SETTINGS))
      }

      const stored = new Set<string>()
      const pending: Promise<void>[] = []
      let buffer: ProductSearchDocument[] = []
      const flush = () => {
        if (!buffer.length || !client) return
        const task = client.index(this.rebuildIndexUid).addDocuments(buffer, { primaryKey: "id" })
        pending.push(this.settle_(task, REBUILD_TASK_TIMEOUT_MS))
        buffer = []
      }
      try {
        for await (const batch of batches) {
          await this.storeDocuments_(batch)
          for (const document of batch) stored.add(document.id)
          buffer.push(...batch)
          if (buffer.length >= REBUILD_BATCH_SIZE) flush()
        }
        flush()
      } finally {
        // Even when reading the catalogue failed, no write may be left unawaited.
        await Promise.allSettled(pending)
      }
      await Promise.all(pending)
      // The Postgres copy was written in place: what the catalogue no longer holds goes now.
      const gone = (await this.listStoredIds_()).filter((id) => !stored.has(id) && !this.rebuild_!.touchedIds.has(id))
      await this.unstoreDocuments_(gone)

      if (client) {
        // The first build has no live index to swap with: it is renamed into place instead.
        const swap = (await this.indexExists_(this.indexUid_))
          ? { indexes: [this.indexUid_, this.rebuildIndexUid] as [string, string], rename: false }
          : { indexes: [this.rebuildIndexUid, this.indexUid_] as [string, string], rename: true }
        await this.settle_(client.swapIndexes([swap]))
        await client.deleteIndexIfExists(this.rebuildIndexUid)
        await this.writeState_({
          id: "settings",
          settings_hash: PRODUCT_INDEX_SETTINGS_HASH,
          rebuilt_at: new Date().toISOString(),
          documents: stored.size,
        })
        this.liveIndexSeen_ = true
      }
      return { documents: stored.size, touchedIds: [...this.rebuild_.touchedIds] }
    } finally {
      this.rebuild_ = undefined
    }
  }

  @InjectTransactionManager()
  protected async storeDocuments_(documents: ProductSearchDocument[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const manager = sharedContext.transactionManager as EntityManager
    const rows = storedDocumentRows(documents)
    await manager.execute(manager.getKnex()("product_search_document").insert(rows).onConflict("id").merge())
  }

  @InjectTransactionManager()
  protected async unstoreDocuments_(ids: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    if (!ids.length) return
    const manager = sharedContext.transactionManager as EntityManager
    await manager.execute(manager.getKnex()("product_search_document").whereIn("id", ids).delete())
  }

  @InjectManager()
  protected async listStoredIds_(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string[]> {
    const rows: { id: string }[] = await (sharedContext.manager as EntityManager).execute("select id from product_search_document")
    return rows.map((row) => row.id)
  }

  /**
   * On a worker's start: says once when Meilisearch is off, and asks for the index and the
   * Postgres copy to be compared with the catalogue. The check is an event because it reads the catalogue, which a
   * subscriber does, not this module.
   */
  protected async checkOnStart_(): Promise<void> {
    if (!this.client_ && !reportedDisabled) {
      reportedDisabled = true
      this.logger_.info("Meilisearch is off: MEILISEARCH_HOST is not set, so products are searched in Postgres alone.")
    }
    // The Postgres copy is checked too, with or without Meilisearch.
    if (this.isWorker_) await this.requestCheck_("application_start")
  }

  protected async requestCheck_(reason: "application_start" | "index_missing"): Promise<void> {
    try {
      await this.container_[Modules.EVENT_BUS].emit({ name: PRODUCT_SEARCH_CHECK_REQUESTED, data: { reason } })
    } catch (error) {
      // Search must never stop the shop from starting or a product from being saved.
      this.logger_.warn(`Could not ask for a product search index check: ${(error as Error).message}`)
    }
  }

  /** Checked once per process (and again after a rebuild), so that a live write never creates the index bare. */
  protected async liveIndexExists_(): Promise<boolean> {
    if (this.liveIndexSeen_) return true
    this.liveIndexSeen_ = await this.indexExists_(this.indexUid_)
    if (!this.liveIndexSeen_ && Date.now() - this.missingIndexReportedAt_ > MISSING_INDEX_RECHECK_MS) {
      this.missingIndexReportedAt_ = Date.now()
      await this.requestCheck_("index_missing")
    }
    return this.liveIndexSeen_
  }

  protected liveIndexes_(): string[] {
    return this.rebuild_ ? [this.indexUid_, this.rebuildIndexUid] : [this.indexUid_]
  }

  protected rememberTouched_(ids: string[]): void {
    for (const id of ids) this.rebuild_?.touchedIds.add(id)
  }

  protected async readState_(): Promise<IndexState | undefined> {
    try {
      return await this.requireClient_().index(this.stateIndexUid).getDocument<IndexState>("settings")
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw error
    }
  }

  protected async writeState_(state: IndexState): Promise<void> {
    await this.settle_(this.requireClient_().index(this.stateIndexUid).addDocuments([state], { primaryKey: "id" }))
  }

  protected async indexExists_(uid: string): Promise<boolean> {
    try {
      await this.requireClient_().getRawIndex(uid)
      return true
    } catch (error) {
      if (isNotFound(error)) return false
      throw error
    }
  }

  /** Waits for a Meilisearch task and turns its failure into an error. */
  protected async settle_(enqueued: EnqueuedTaskPromise, timeoutMs = TASK_TIMEOUT_MS): Promise<void> {
    const task: Task = await enqueued.waitTask({ timeout: timeoutMs, interval: 10 })
    if (task.status !== "succeeded") {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? "no reason given"}`
      )
    }
  }

  protected requireClient_(): MeiliSearch {
    if (!this.client_) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Product search is off: set MEILISEARCH_HOST to use it.")
    }
    return this.client_
  }
}

function isNotFound(error: unknown): boolean {
  if (!(error instanceof MeiliSearchApiError)) return false
  const code = error.cause?.code
  return code === "index_not_found" || code === "document_not_found"
}
