/**
 * A product's photos as a producer arranges them: each is a Medusa product image whose metadata
 * holds the renditions the photo pipeline made (lib/photos.ts) and the files that hold them; the
 * images' order is their rank. The cover is the first photo, shown as the product's thumbnail, so
 * the shop's cards, the search index (which shows the first photo) and the product page agree.
 */
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type PhotoMetadata, type PreparedPhoto, preparePhoto } from "../../lib/photos"

/** What a product image of a producer's photo carries in its metadata. */
export type PhotoImageMetadata = { photo: PhotoMetadata; file_ids: string[] }

export type ProductPhoto = { id?: string; url: string; metadata?: Record<string, unknown> | null }

export type ProductPhotos = { images: ProductPhoto[]; thumbnail: string | null }

/** The width the shop's lists and cards show: the cover's rendition of it is the product's thumbnail. */
const THUMBNAIL_WIDTH = 640

function photoOf(image: ProductPhoto): PhotoMetadata | undefined {
  return (image.metadata as Partial<PhotoImageMetadata> | null | undefined)?.photo
}

/** The URL a photo shows as the product's thumbnail: its 640 px WebP, else its image's URL. */
export function thumbnailOf(image: ProductPhoto): string {
  return photoOf(image)?.renditions.find((r) => r.format === "webp" && r.width === THUMBNAIL_WIDTH)?.url ?? image.url
}

/** Whether the product's thumbnail is this photo (any of its renditions). */
export function isCover(image: ProductPhoto, thumbnail: string | null): boolean {
  if (!thumbnail) return false
  return image.url === thumbnail || (photoOf(image)?.renditions.some((r) => r.url === thumbnail) ?? false)
}

export function fileIdsOf(image: ProductPhoto): string[] {
  const ids = (image.metadata as Partial<PhotoImageMetadata> | null | undefined)?.file_ids
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : []
}

/** The photos in this order, the first one the cover (no photo, no thumbnail). */
function inOrder(images: ProductPhoto[]): ProductPhotos {
  return { images, thumbnail: images[0] ? thumbnailOf(images[0]) : null }
}

/** The photos with new ones after them; a product's first photo is its cover. */
export function withPhotosAdded(current: ProductPhotos, added: ProductPhoto[]): ProductPhotos {
  return inOrder([...current.images, ...added])
}

/** One photo moved to `rank` (0 is first; past the end is last); made the cover, it moves first. */
export function withPhotoArranged(current: ProductPhotos, photoId: string, change: { rank?: number; cover?: boolean }): ProductPhotos {
  const photo = current.images.find((image) => image.id === photoId)
  if (!photo) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This product has no photo ${photoId}.`)
  const others = current.images.filter((image) => image.id !== photoId)
  const rank = Math.min(change.cover ? 0 : (change.rank ?? current.images.indexOf(photo)), others.length)
  return inOrder([...others.slice(0, rank), photo, ...others.slice(rank)])
}

/** The photos without one; the first photo left is the cover. */
export function withPhotoRemoved(current: ProductPhotos, photoId: string): ProductPhotos {
  return inOrder(current.images.filter((image) => image.id !== photoId))
}

/**
 * The images with the pipeline's metadata filled in for those that arrived by URL alone (Admin
 * attaches an uploaded photo so) and whose URL is an upload's; undefined when none is.
 */
export function withUploadedPhotos(images: ProductPhoto[], uploads: ReadonlyMap<string, PhotoImageMetadata>): ProductPhoto[] | undefined {
  let filled = false
  const result = images.map((image) => {
    const upload = uploads.get(image.url)
    if (photoOf(image) || !upload) return image
    filled = true
    return { ...image, metadata: { ...(image.metadata ?? {}), ...upload } }
  })
  return filled ? result : undefined
}

/** The product's photos and cover now, read for a change to them. */
export const productPhotosStep = createStep("product-photos", async (input: { product_id: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["thumbnail", "images.id", "images.url", "images.rank", "images.metadata"],
    filters: { id: input.product_id },
  })
  const product = data[0] as { thumbnail: string | null; images?: ({ id: string; url: string; rank: number; metadata: Record<string, unknown> | null } | null)[] | null } | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This producer has no product ${input.product_id}.`)
  const images = (product.images ?? [])
    .flatMap((image) => (image ? [image] : []))
    .sort((a, b) => a.rank - b.rank)
    .map(({ id, url, metadata }) => ({ id, url, metadata }))
  return new StepResponse<ProductPhotos>({ images, thumbnail: product.thumbnail })
})

export type UploadedPhoto = { filename: string; /** The file's bytes, base64. */ content: string }

type FileService = { createFiles(files: { filename: string; mimeType: string; content: string; access: "public" }[]): Promise<{ id: string; url: string }[]> }

/**
 * A prepared photo's renditions written through Medusa's File module (named `<base>-<width>.<format>`),
 * as the product image that shows it: its largest WebP as the image's URL, everything else in its metadata.
 */
export async function storePreparedPhoto(files: FileService, photo: PreparedPhoto, base: string): Promise<ProductPhoto & { metadata: PhotoImageMetadata }> {
  const created = await files.createFiles(
    photo.renditions.map((rendition) => ({
      filename: `${base}-${rendition.width}.${rendition.format}`,
      mimeType: `image/${rendition.format}`,
      content: rendition.buffer.toString("base64"),
      access: "public" as const,
    })),
  )
  const renditions = photo.renditions.map((rendition, i) => ({ width: rendition.width, format: rendition.format, url: created[i]!.url }))
  const largestWebp = renditions.filter((r) => r.format === "webp").sort((a, b) => b.width - a.width)[0]!
  return {
    url: largestWebp.url,
    metadata: {
      photo: { width: photo.width, height: photo.height, placeholder: photo.placeholder, renditions },
      file_ids: created.map((file) => file.id),
    },
  }
}

/** Every upload through the photo pipeline, all checked before any is stored, so a refused one leaves nothing behind. */
export async function preparePhotos(uploads: UploadedPhoto[]): Promise<PreparedPhoto[]> {
  const prepared = []
  for (const upload of uploads) prepared.push(await preparePhoto(Buffer.from(upload.content, "base64")))
  return prepared
}

/**
 * Each uploaded file through the one photo pipeline (its type sniffed from the bytes, size and pixel
 * limits, EXIF gone, upright), its renditions stored through Medusa's File module. The renditions
 * are written here rather than handed to another step so their bytes never enter the workflow's
 * checkpoint; the compensation deletes the files this step wrote.
 */
export const storeProductPhotosStep = createStep(
  "store-product-photos",
  async (input: { product_id: string; photos: UploadedPhoto[] }, { container }) => {
    const files = container.resolve(Modules.FILE)
    const prepared = await preparePhotos(input.photos)
    const stored: ProductPhoto[] = []
    const written: string[] = []
    try {
      for (const [index, photo] of prepared.entries()) {
        const image = await storePreparedPhoto(files, photo, `photos/${input.product_id}-${Date.now().toString(36)}-${index}`)
        written.push(...image.metadata.file_ids)
        stored.push(image)
      }
    } catch (error) {
      if (written.length) await files.deleteFiles(written)
      throw error
    }
    return new StepResponse(stored, written)
  },
  async (written, { container }) => {
    if (written?.length) await container.resolve(Modules.FILE).deleteFiles(written)
  },
)
