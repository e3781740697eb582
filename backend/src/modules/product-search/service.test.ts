import { PRODUCT_SEARCH_CHECK_REQUESTED } from "../../events"
import ProductSearchModuleService from "./service"

describe("ProductSearchModuleService without MEILISEARCH_HOST", () => {
  it("leaves Meilisearch alone, says so once, and still asks a worker to check the Postgres copy", async () => {
    const logger = { info: jest.fn(), warn: jest.fn() }
    const eventBus = { emit: jest.fn() }
    const services = [1, 2].map(
      () => new ProductSearchModuleService({ logger, event_bus: eventBus } as any, { host: undefined, indexUid: "products" })
    )
    for (const service of services) {
      expect(service.isEnabled).toBe(false)
      expect(await service.checkIndex()).toEqual({ state: "disabled" })
      await service.__hooks.onApplicationStart()
    }
    expect(logger.info).toHaveBeenCalledTimes(1)
    expect(logger.info.mock.calls[0]![0]).toMatch(/MEILISEARCH_HOST is not set/)
    expect(eventBus.emit).toHaveBeenCalledTimes(2)
    expect(eventBus.emit).toHaveBeenCalledWith({ name: PRODUCT_SEARCH_CHECK_REQUESTED, data: { reason: "application_start" } })
  })
})
