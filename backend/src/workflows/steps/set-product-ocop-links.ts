import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCER_MODULE } from "../../modules/producer"
import { OCOP_MODULE } from "../../modules/ocop"

export type ProductOcopLinks = { producer_id?: string; product_set_id?: string }

type LinkDefinition = Record<string, Record<string, string>>
export type PreviousOcopLinks = { created: LinkDefinition[]; dismissed: LinkDefinition[] }

const producerLink = (productId: string, producerId: string): LinkDefinition => ({
  [PRODUCER_MODULE]: { producer_id: producerId },
  [Modules.PRODUCT]: { product_id: productId },
})
const productSetLink = (productId: string, productSetId: string): LinkDefinition => ({
  [OCOP_MODULE]: { product_set_id: productSetId },
  [Modules.PRODUCT]: { product_id: productId },
})

/**
 * Points products at their producer and/or product set, replacing any earlier ones (a product
 * has exactly one of each). Returns what it changed so a compensation can undo it.
 */
export async function setProductOcopLinks(
  container: MedusaContainer,
  productIds: string[],
  links: ProductOcopLinks
): Promise<PreviousOcopLinks> {
  const changes: PreviousOcopLinks = { created: [], dismissed: [] }
  if (!productIds.length || (!links.producer_id && !links.product_set_id)) return changes
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  if (links.producer_id) {
    const { data } = await query.graph({ entity: "producer", fields: ["id"], filters: { id: links.producer_id } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${links.producer_id} was not found.`)
    }
  }
  if (links.product_set_id) {
    const { data } = await query.graph({ entity: "product_set", fields: ["id"], filters: { id: links.product_set_id } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product set ${links.product_set_id} was not found.`)
    }
  }

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "producer.id", "product_set.id"],
    filters: { id: productIds },
  })
  for (const product of products as { id: string; producer?: { id: string } | null; product_set?: { id: string } | null }[]) {
    if (links.producer_id && product.producer?.id !== links.producer_id) {
      if (product.producer) changes.dismissed.push(producerLink(product.id, product.producer.id))
      changes.created.push(producerLink(product.id, links.producer_id))
    }
    if (links.product_set_id && product.product_set?.id !== links.product_set_id) {
      if (product.product_set) changes.dismissed.push(productSetLink(product.id, product.product_set.id))
      changes.created.push(productSetLink(product.id, links.product_set_id))
    }
  }
  if (changes.dismissed.length) await link.dismiss(changes.dismissed)
  if (changes.created.length) await link.create(changes.created)
  return changes
}

export async function undoProductOcopLinks(container: MedusaContainer, changes?: PreviousOcopLinks) {
  if (!changes) return
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  if (changes.created.length) await link.dismiss(changes.created)
  if (changes.dismissed.length) await link.create(changes.dismissed)
}

/** Refuses to leave a published product without a producer: buyers must always see who made it. */
export async function assertPublishedProductsHaveProducers(container: MedusaContainer, productIds: string[]) {
  if (!productIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "status", "producer.id"],
    filters: { id: productIds },
  })
  const orphan = (data as { title: string; status: string; producer?: { id: string } | null }[]).find(
    (p) => p.status === "published" && !p.producer
  )
  if (orphan) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `"${orphan.title}" cannot be published without its producer. Save it as a draft, choose its producer in the OCOP panel, then publish.`
    )
  }
}

export const setProductOcopLinksStep = createStep(
  "set-product-ocop-links",
  async (input: { product_ids: string[] } & ProductOcopLinks, { container }) => {
    const changes = await setProductOcopLinks(container, input.product_ids, input)
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => undoProductOcopLinks(container, changes)
)
