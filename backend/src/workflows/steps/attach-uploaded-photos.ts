/**
 * A product given a photo the operator uploaded in Admin, by its URL alone, gets that photo's
 * renditions and placeholder in the image's metadata, as a producer's photo has them, so the shop
 * shows both alike. Run by the product workflows' hooks (hooks/product-ocop-links.ts).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PHOTO_UPLOAD_MODULE } from "../../modules/photo-upload"
import type PhotoUploadModuleService from "../../modules/photo-upload/service"
import { type PhotoImageMetadata, type ProductPhoto, withUploadedPhotos } from "./product-photos"

/** Each changed product's images as they were, for the compensation to put back. */
export type UploadedPhotoChanges = { product_id: string; images: ProductPhoto[] }[]

type ImageRow = { id: string; url: string; rank: number; metadata: Record<string, unknown> | null }

export async function attachUploadedPhotos(container: MedusaContainer, productIds: string[]): Promise<UploadedPhotoChanges> {
  if (!productIds.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "images.id", "images.url", "images.rank", "images.metadata"],
    filters: { id: productIds },
  })
  const products = (data as { id: string; images?: (ImageRow | null)[] | null }[]).map((product) => ({
    id: product.id,
    images: (product.images ?? [])
      .flatMap((image) => (image ? [image] : []))
      .sort((a, b) => a.rank - b.rank)
      .map(({ id, url, metadata }): ProductPhoto => ({ id, url, metadata })),
  }))
  const urls = [...new Set(products.flatMap((product) => product.images.map((image) => image.url)))]
  if (!urls.length) return []
  const uploads = await container.resolve<PhotoUploadModuleService>(PHOTO_UPLOAD_MODULE).listPhotoUploads({ url: urls })
  if (!uploads.length) return []
  const byUrl = new Map(uploads.map((upload) => [upload.url, upload.image_metadata as unknown as PhotoImageMetadata]))

  const productModule = container.resolve(Modules.PRODUCT)
  const changes: UploadedPhotoChanges = []
  try {
    for (const product of products) {
      const images = withUploadedPhotos(product.images, byUrl)
      if (!images) continue
      // The images in their order, so their ranks stay as the operator arranged them.
      await productModule.updateProducts(product.id, { images: images.map(({ id, url, metadata }) => ({ id, url, metadata: metadata ?? undefined })) })
      changes.push({ product_id: product.id, images: product.images })
    }
  } catch (error) {
    await undoAttachUploadedPhotos(container, changes)
    throw error
  }
  return changes
}

export async function undoAttachUploadedPhotos(container: MedusaContainer, changes: UploadedPhotoChanges | undefined) {
  if (!changes?.length) return
  const productModule = container.resolve(Modules.PRODUCT)
  for (const change of changes) {
    await productModule.updateProducts(change.product_id, {
      // An image that had no metadata gets none again (null clears it; undefined would keep the photo's).
      images: change.images.map(({ id, url, metadata }) => ({ id, url, metadata: metadata ?? null })),
    })
  }
}
