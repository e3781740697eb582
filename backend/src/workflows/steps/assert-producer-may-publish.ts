import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertMayPublish } from "@ocop/domain/producer-accounts"
import { enforce } from "../../lib/domain-rules"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

/** Refuses a producer that is not approved (pending, rejected, suspended) with 403 and the reason. Reads only. */
export const assertProducerMayPublishStep = createStep("assert-producer-may-publish", async (input: { producer_id: string }, { container }) => {
  const producer = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducer(input.producer_id)
  enforce(() => assertMayPublish(producer.status), MedusaError.Types.FORBIDDEN)
  return new StepResponse(null)
})
