import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toHandle } from "@ocop/domain/handle"

/** For a name with no letter or digit to keep (it cannot pass validation, but a handle is never empty). */
const FALLBACK_HANDLE = "chu-the-ocop"

/**
 * The handle a registering producer gets from its name, "HTX Tài Hoan" → "htx-tai-hoan", or with the
 * first free number after it ("htx-tai-hoan-2") when another producer has it: two cooperatives of
 * one name in different provinces both register. Reads only; the unique index decides a race.
 */
export const freeProducerHandleStep = createStep("free-producer-handle", async (input: { name: string }, { container }) => {
  const base = toHandle(input.name) || FALLBACK_HANDLE
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["handle"],
    filters: { handle: { $like: `${base}%` } },
  })
  const taken = new Set((data as { handle: string }[]).map((producer) => producer.handle))
  let handle = base
  for (let number = 2; taken.has(handle); number++) handle = `${base}-${number}`
  return new StepResponse(handle)
})
