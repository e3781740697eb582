import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rateBpsOfPercent } from "@ocop/domain/ledger"
import { enforce } from "../lib/domain-rules"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"
import type { AdminSetCommissionRate } from "../api/validators"

const setCommissionRateStep = createStep(
  "set-commission-rate",
  async (input: AdminSetCommissionRate, { container }) => {
    const rate_bps = enforce(() => rateBpsOfPercent(input.rate_percent))
    const scopeId = input.scope === "default" ? "" : input.scope_id!
    if (input.scope !== "default") {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } =
        input.scope === "industry"
          ? await query.graph({ entity: "industry", fields: ["id"], filters: { code: scopeId } })
          : await query.graph({ entity: "producer", fields: ["id"], filters: { id: scopeId } })
      if (!data[0]) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          input.scope === "industry" ? `No industry has the code ${scopeId}: the codes are I to VI.` : `No producer ${scopeId} was found.`,
        )
      }
    }
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const [existing] = await ledger.listCommissionRates({ scope: input.scope, scope_id: scopeId })
    if (existing) {
      const updated = await ledger.updateCommissionRates({ id: existing.id, rate_bps })
      return new StepResponse(updated, { id: existing.id, rate_bps: existing.rate_bps, created: false })
    }
    const created = await ledger.createCommissionRates({ scope: input.scope, scope_id: scopeId, rate_bps })
    return new StepResponse(created, { id: created.id, rate_bps, created: true })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    if (undo.created) await ledger.deleteCommissionRates(undo.id)
    else await ledger.updateCommissionRates({ id: undo.id, rate_bps: undo.rate_bps })
  },
)

/**
 * The operator sets the commission of the platform, of an industry or of a producer. Lines already
 * in the ledger keep the rate of their day; new lines take the new one.
 */
export const setCommissionRateWorkflow = createWorkflow("set-commission-rate", (input: AdminSetCommissionRate) => {
  return new WorkflowResponse(setCommissionRateStep(input))
})
