import ProductSearchModuleService from "./service"

describe("ProductSearchModuleService without MEILISEARCH_HOST", () => {
  it("is off: writes do nothing, and starting says so once", async () => {
    const logger = { info: jest.fn(), warn: jest.fn() }
    const eventBus = { emit: jest.fn() }
    const services = [1, 2].map(
      () => new ProductSearchModuleService({ logger, event_bus: eventBus } as any, { host: undefined, indexUid: "products" })
    )
    for (const service of services) {
      expect(service.isEnabled).toBe(false)
      await service.upsertDocuments([{ id: "prod_1" } as any])
      await service.deleteDocuments(["prod_1"])
      expect(await service.checkIndex()).toEqual({ state: "disabled" })
      expect(await service.listExpiredCertifications(Date.now())).toEqual([])
      await service.__hooks.onApplicationStart()
    }
    expect(logger.info).toHaveBeenCalledTimes(1)
    expect(logger.info.mock.calls[0]![0]).toMatch(/MEILISEARCH_HOST is not set/)
    expect(eventBus.emit).not.toHaveBeenCalled()
  })
})
