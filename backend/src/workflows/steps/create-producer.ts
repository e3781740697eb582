import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerStatus } from "@ocop/domain/producer-accounts"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export type CreateProducerStepInput = {
  handle: string
  name: string
  kind: "cooperative" | "household" | "enterprise"
  status?: ProducerStatus
  status_reason?: string | null
  contact_name?: string | null
  email?: string | null
  phone?: string | null
  business_registration_number?: string | null
  address_as_issued: string
  province_code: string
  commune_code?: string | null
  story_vi?: string | null
  story_en?: string | null
  logo_url?: string | null
  is_sample?: boolean
  metadata?: Record<string, unknown> | null
}

export const createProducerStep = createStep(
  "create-producer",
  async (input: CreateProducerStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [producer] = await producers.createProducers([input])
    return new StepResponse(producer!, producer!.id)
  },
  async (producerId, { container }) => {
    if (!producerId) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducers(producerId)
  }
)
