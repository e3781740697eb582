import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { decideProducerStatus, type ProducerDecision, type ProducerStatus } from "@ocop/domain/producer-accounts"
import { enforce } from "../../lib/domain-rules"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export type ProducerDecisionInput = { producer_id: string; decision: ProducerDecision; reason?: string | null }

export type PlannedDecision = { id: string; name: string; status: ProducerStatus; status_reason: string | null; decided_at: string }

/** What the decision makes of the producer, or a refusal when its status does not allow it. Reads only. */
export const planProducerDecisionStep = createStep("plan-producer-decision", async (input: ProducerDecisionInput, { container }) => {
  const producer = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducer(input.producer_id)
  const next = enforce(() => decideProducerStatus(producer.status, input.decision, input.reason))
  const planned: PlannedDecision = { id: producer.id, name: producer.name, ...next, decided_at: new Date().toISOString() }
  return new StepResponse(planned)
})
