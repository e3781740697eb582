import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PHOTO_UPLOAD_MODULE } from "../../modules/photo-upload"
import type PhotoUploadModuleService from "../../modules/photo-upload/service"
import { preparePhotos, storePreparedPhoto, type UploadedPhoto } from "./product-photos"

/** What Admin is answered with for each photo: Medusa's own upload shape, the file of the photo's URL. */
export type StoredUpload = { id: string; url: string }

type Written = { file_ids: string[]; upload_ids: string[] }

/**
 * The operator's uploads through the one photo pipeline, their renditions stored through the File
 * module as a producer's are, and each photo recorded by its URL for the product that will take it.
 * The compensation deletes the files and records this step wrote.
 */
export const storeUploadedPhotosStep = createStep(
  "store-uploaded-photos",
  async (input: { photos: UploadedPhoto[] }, { container }) => {
    const files = container.resolve(Modules.FILE)
    const photoUploads = container.resolve<PhotoUploadModuleService>(PHOTO_UPLOAD_MODULE)
    const prepared = await preparePhotos(input.photos)
    const written: Written = { file_ids: [], upload_ids: [] }
    const answers: StoredUpload[] = []
    try {
      for (const [index, photo] of prepared.entries()) {
        const image = await storePreparedPhoto(files, photo, `photos/upload-${Date.now().toString(36)}-${index}`)
        written.file_ids.push(...image.metadata.file_ids)
        const upload = await photoUploads.createPhotoUploads({ url: image.url, image_metadata: image.metadata })
        written.upload_ids.push(upload.id)
        const file = image.metadata.photo.renditions.findIndex((rendition) => rendition.url === image.url)
        answers.push({ id: image.metadata.file_ids[file]!, url: image.url })
      }
    } catch (error) {
      await forget(container, written)
      throw error
    }
    return new StepResponse(answers, written)
  },
  async (written, { container }) => {
    if (written) await forget(container, written)
  },
)

async function forget(container: MedusaContainer, written: Written) {
  if (written.upload_ids.length) await container.resolve<PhotoUploadModuleService>(PHOTO_UPLOAD_MODULE).deletePhotoUploads(written.upload_ids)
  if (written.file_ids.length) await container.resolve(Modules.FILE).deleteFiles(written.file_ids)
}
