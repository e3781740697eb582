/**
 * A product ships as its producer ships: it carries its producer's shipping profile, whatever
 * profile the route that created it gave (the Admin's default one, say), so checkout asks for one
 * shipping method per producer and each producer's parcel is priced on its own.
 */
import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type ProfileRow = { id: string; shipping_profile?: { id: string } | null; producer?: { shipping_profile?: { id: string } | null } | null }
export type ProfileChanges = { created: LinkDefinition[]; dismissed: LinkDefinition[] }

const profileLink = (productId: string, profileId: string): LinkDefinition => ({
  [Modules.PRODUCT]: { product_id: productId },
  [Modules.FULFILLMENT]: { shipping_profile_id: profileId },
})

export async function assignProducerShippingProfiles(container: MedusaContainer, productIds: string[]): Promise<ProfileChanges> {
  const changes: ProfileChanges = { created: [], dismissed: [] }
  if (!productIds.length) return changes
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "shipping_profile.id", "producer.shipping_profile.id"],
    filters: { id: productIds },
  })
  for (const product of data as ProfileRow[]) {
    const wanted = product.producer?.shipping_profile?.id
    if (!wanted || product.shipping_profile?.id === wanted) continue
    if (product.shipping_profile) changes.dismissed.push(profileLink(product.id, product.shipping_profile.id))
    changes.created.push(profileLink(product.id, wanted))
  }
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  if (changes.dismissed.length) await link.dismiss(changes.dismissed)
  if (changes.created.length) await link.create(changes.created)
  return changes
}

export async function undoProducerShippingProfiles(container: MedusaContainer, changes: ProfileChanges | undefined) {
  if (!changes) return
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  if (changes.created.length) await link.dismiss(changes.created)
  if (changes.dismissed.length) await link.create(changes.dismissed)
}

export const assignProducerShippingProfilesStep = createStep(
  "assign-producer-shipping-profiles",
  async (input: { product_ids: string[] }, { container }) => {
    const changes = await assignProducerShippingProfiles(container, input.product_ids)
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => undoProducerShippingProfiles(container, changes),
)
