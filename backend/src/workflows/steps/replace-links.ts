/**
 * The step that makes one record's links of one kind exactly a given list (a fair's producers, a
 * pavilion's featured producers or products), undone by putting back the links it had.
 */
import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ReplaceLinksInput = {
  /** The record whose links change, as Query names it ("fair"), and its side of the link. */
  entity: string
  id: string
  module: string
  key: string
  /** The field Query reads the linked records under ("producers"), their entity and their side. */
  field: string
  linked_entity: string
  linked_module: string
  linked_key: string
  /** What the links are of, in a refusal's sentence: "producer", "product". */
  noun: string
  ids: string[]
}

type LinkChanges = { created: LinkDefinition[]; dismissed: LinkDefinition[] }

export const replaceLinksStep = createStep(
  "replace-links",
  async (input: ReplaceLinksInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const wanted = [...new Set(input.ids)]
    if (wanted.length) {
      const { data: found } = await query.graph({ entity: input.linked_entity, fields: ["id"], filters: { id: wanted } })
      const known = new Set((found as { id: string }[]).map((row) => row.id))
      const missing = wanted.find((id) => !known.has(id))
      if (missing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no ${input.noun} ${missing}: choose one from the list.`)
    }
    const { data } = await query.graph({ entity: input.entity, fields: [`${input.field}.id`], filters: { id: input.id } })
    const current = ((data[0] as Record<string, ({ id: string } | null)[] | undefined> | undefined)?.[input.field] ?? []).flatMap((row) =>
      row ? [row.id] : [],
    )
    const definition = (linkedId: string): LinkDefinition => ({
      [input.module]: { [input.key]: input.id },
      [input.linked_module]: { [input.linked_key]: linkedId },
    })
    const changes: LinkChanges = {
      created: wanted.filter((id) => !current.includes(id)).map(definition),
      dismissed: current.filter((id) => !wanted.includes(id)).map(definition),
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (changes.dismissed.length) await link.dismiss(changes.dismissed)
    if (changes.created.length) await link.create(changes.created)
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (!changes) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (changes.created.length) await link.dismiss(changes.created)
    if (changes.dismissed.length) await link.create(changes.dismissed)
  },
)
