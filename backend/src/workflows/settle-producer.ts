import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ERROR_CODES } from "@ocop/domain/errors"
import { settlementAmount, settlementPurpose } from "@ocop/domain/ledger"
import { encodeVietQr } from "@ocop/domain/vietqr"
import { enforce } from "../lib/domain-rules"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"

export type SettleProducerInput = {
  producer_id: string
  /** The last moment the settlement covers: the end of the chosen day in Vietnam. */
  period_end: Date
  created_by: string
}

type ProducerBank = { id: string; name: string; bank_bin?: string | null; bank_account_number?: string | null; bank_account_name?: string | null }

const recordSettlementStep = createStep(
  "record-settlement",
  async (input: SettleProducerInput, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "producer",
      fields: ["id", "name", "bank_bin", "bank_account_number", "bank_account_name"],
      filters: { id: input.producer_id },
    })
    const producer = (data as ProducerBank[])[0]
    if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer ${input.producer_id} was found.`)
    if (!producer.bank_bin || !producer.bank_account_number || !producer.bank_account_name) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${producer.name} has no bank account to be paid into: record its bank (NAPAS BIN), account number and holder's name on the producer first.`,
        ERROR_CODES.noBankAccount,
      )
    }
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    // A workflow's input arrives serialized: the date as its ISO string.
    const periodEnd = new Date(input.period_end)
    const unsettled = await ledger.listLedgerEntries(
      { producer_id: producer.id, settlement_id: null, occurred_at: { $lte: periodEnd } },
      { order: { occurred_at: "ASC" } },
    )
    const amount = enforce(() => settlementAmount(unsettled))
    const bank = { bin: producer.bank_bin, accountNumber: producer.bank_account_number }
    // Checked before anything is written: a BIN or number a bank app would misread is refused here.
    enforce(() => encodeVietQr({ ...bank, amount, purpose: settlementPurpose(1) }))
    const [previous] = await ledger.listSettlements({ producer_id: producer.id }, { order: { period_end: "DESC" }, take: 1 })
    const draft = await ledger.createSettlements({
      producer_id: producer.id,
      period_start: previous ? previous.period_end : unsettled[0]!.occurred_at,
      period_end: periodEnd,
      amount,
      bank_bin: producer.bank_bin,
      bank_account_number: producer.bank_account_number,
      bank_account_name: producer.bank_account_name,
      // The description needs the settlement's number, which the row is given when it is made.
      transfer_purpose: "",
      vietqr_payload: "",
      created_by: input.created_by,
    })
    const purpose = settlementPurpose(draft.number)
    const settlement = await ledger.updateSettlements({
      id: draft.id,
      transfer_purpose: purpose,
      vietqr_payload: encodeVietQr({ ...bank, amount, purpose }),
    })
    await ledger.updateLedgerEntries(unsettled.map((entry) => ({ id: entry.id, settlement_id: settlement.id })))
    return new StepResponse(settlement, { settlement_id: settlement.id, entry_ids: unsettled.map((entry) => entry.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    await ledger.updateLedgerEntries(undo.entry_ids.map((id) => ({ id, settlement_id: null })))
    await ledger.deleteSettlements(undo.settlement_id)
  },
)

/**
 * The programme office settles a producer's ledger up to a day: every unsettled entry until then
 * (sales, and refunds since the last settlement) paid as one amount into the producer's bank
 * account by a VietQR transfer whose code it shows. Under the producer's ledger lock, so two
 * settlements at once never take an entry twice.
 */
export const settleProducerWorkflow = createWorkflow("settle-producer", (input: SettleProducerInput) => {
  const lockKey = transform({ input }, ({ input }) => `ledger:producer:${input.producer_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const settlement = recordSettlementStep(input)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(settlement)
})
