import type { ReturnWorkflow, StepExecutionContext, WorkflowResult } from "@medusajs/framework/workflows-sdk"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Run = WorkflowResult["transaction"]

/** What a nested run shares with the step that starts it, as Medusa's `runAsStep` passes it. */
function nestedContext({ context, idempotencyKey }: StepExecutionContext, transactionId: string) {
  return {
    ...context,
    transactionId,
    parentStepIdempotencyKey: idempotencyKey,
    // The nested run's events wait for the whole workflow, and go out only if it succeeds.
    preventReleaseEvents: true,
  }
}

/**
 * A step that runs one of Medusa's workflows once for each input. A workflow's shape is fixed when
 * it is composed, while an order has as many parcels as it has producers, so `runAsStep` cannot
 * be called once a parcel. Each run is nested as `runAsStep` nests one, and the compensation
 * cancels the runs that finished, last first, as `runAsStep` does.
 */
export function runWorkflowForEachStep<TInput, TResult, THooks extends unknown[]>(name: string, workflow: ReturnWorkflow<TInput, TResult, THooks>) {
  const cancelRuns = async (runs: Run[], stepContext: StepExecutionContext) => {
    for (const transaction of [...runs].reverse()) {
      await workflow(stepContext.container).cancel({
        transaction,
        context: { ...nestedContext(stepContext, transaction.transactionId), cancelingFromParentStep: true },
      })
    }
  }
  return createStep(
    name,
    async (inputs: TInput[], stepContext) => {
      const runs: Run[] = []
      const results: TResult[] = []
      try {
        for (const [index, input] of inputs.entries()) {
          const { result, transaction } = await workflow(stepContext.container).run({
            input,
            context: nestedContext(stepContext, `${name}-${index}-${stepContext.transactionId}`),
          })
          runs.push(transaction)
          results.push(result)
        }
      } catch (error) {
        // The failed run undid itself, and Medusa compensates nothing of a step that failed: the
        // runs before it are undone here.
        await cancelRuns(runs, stepContext)
        throw error
      }
      return new StepResponse(results, runs)
    },
    async (runs, stepContext) => {
      if (runs?.length) await cancelRuns(runs, stepContext)
    },
  )
}
