import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import type { CreateProducerStepInput } from "./create-producer"

export type UpdateProducerStepInput = { id: string } & Partial<CreateProducerStepInput>

export const updateProducerStep = createStep(
  "update-producer",
  async (input: UpdateProducerStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const previous = await producers.retrieveProducer(input.id)
    const updated = await producers.updateProducers(input)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const { created_at, updated_at, deleted_at, ...restorable } = previous as typeof previous & Record<string, unknown>
    await producers.updateProducers(restorable)
  }
)
