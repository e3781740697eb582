import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  assertPublishedProductsHaveProducers,
  type PreviousOcopLinks,
  type ProductOcopLinks,
  setProductOcopLinks,
  undoProductOcopLinks,
} from "../steps/set-product-ocop-links"
import { assignProducerShippingProfiles, type ProfileChanges, undoProducerShippingProfiles } from "../steps/producer-shipping-profiles"
import { attachUploadedPhotos, type UploadedPhotoChanges, undoAttachUploadedPhotos } from "../steps/attach-uploaded-photos"
import { type ListingChanges, syncProducerListings, undoProducerListings } from "../steps/sync-producer-listings"

// Products created or updated through any route (admin, producer portal, seed) may carry
// additional_data.producer_id and additional_data.product_set_id; a published product must end
// up with a producer, ships with that producer's shipping profile, and is on sale only while
// that producer is approved. A photo the operator uploaded in Admin and attached by its URL gets
// its renditions in the image's metadata, as a producer's photo has them. (A workflow hook takes
// one handler, so this one does all of it.)

type HookInput = { products: { id: string }[]; additional_data?: Record<string, unknown> }

async function linkAndCheck({ products, additional_data }: HookInput, { container }: { container: MedusaContainer }) {
  const ids = products.map((p) => p.id)
  const links = await setProductOcopLinks(container, ids, (additional_data ?? {}) as ProductOcopLinks)
  let profiles: ProfileChanges | undefined
  let listings: ListingChanges | undefined
  let photos: UploadedPhotoChanges | undefined
  try {
    await assertPublishedProductsHaveProducers(container, ids)
    profiles = await assignProducerShippingProfiles(container, ids)
    listings = await syncProducerListings(container, { product_ids: ids })
    photos = await attachUploadedPhotos(container, ids)
  } catch (error) {
    await undoProducerListings(container, listings)
    await undoProducerShippingProfiles(container, profiles)
    await undoProductOcopLinks(container, links)
    throw error
  }
  const changes = { links, profiles, listings, photos }
  return new StepResponse(changes, changes)
}

async function undo(
  changes: { links: PreviousOcopLinks; profiles?: ProfileChanges; listings?: ListingChanges; photos?: UploadedPhotoChanges } | undefined,
  { container }: { container: MedusaContainer },
) {
  if (!changes) return
  await undoAttachUploadedPhotos(container, changes.photos)
  await undoProducerListings(container, changes.listings)
  await undoProducerShippingProfiles(container, changes.profiles)
  await undoProductOcopLinks(container, changes.links)
}

createProductsWorkflow.hooks.productsCreated(linkAndCheck, undo)
updateProductsWorkflow.hooks.productsUpdated(linkAndCheck, undo)
