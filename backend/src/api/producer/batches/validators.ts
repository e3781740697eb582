/**
 * What a producer sends to record a batch of one of its packs, each refusal a sentence naming the
 * field: a lot code GS1 AI 10 carries (@ocop/domain/batches), a whole quantity, calendar days.
 */
import { z } from "@medusajs/framework/zod"
import { lotCodeProblem } from "@ocop/domain/batches"

const MAX_BATCH_QUANTITY = 1_000_000

const day = (field: string) =>
  z.string({ message: `${field} is a calendar day as YYYY-MM-DD, e.g. 2025-11-01.` }).regex(/^\d{4}-\d{2}-\d{2}$/, `${field} is a calendar day as YYYY-MM-DD, e.g. 2025-11-01.`)

export const ProducerCreateBatch = z.object({
  variant_id: z.string({ message: "variant_id names the pack this batch is of (one of the product's packs)." }).min(1, "variant_id names the pack this batch is of."),
  lot_code: z
    .string({ message: "lot_code is the code printed on the batch, e.g. L2025-11A." })
    .trim()
    .superRefine((lot, ctx) => {
      const problem = lotCodeProblem(lot)
      if (problem) ctx.addIssue({ code: "custom", message: problem })
    }),
  quantity: z
    .number({ message: "quantity is how many packs the batch made, a whole number." })
    .int("quantity is a whole number of packs.")
    .min(1, "quantity is at least 1 pack.")
    .max(MAX_BATCH_QUANTITY, `quantity is at most ${MAX_BATCH_QUANTITY} packs.`),
  produced_on: day("produced_on"),
  best_before: day("best_before"),
})

export type ProducerCreateBatch = z.infer<typeof ProducerCreateBatch>
