import { model } from "@medusajs/framework/utils"

/**
 * A photo the operator uploaded in Medusa Admin (`POST /admin/uploads`), as the photo pipeline
 * prepared and stored it: Admin then attaches it to a product by its URL alone, and this is where
 * that URL finds its renditions, placeholder and files again, to become the image's metadata.
 */
const PhotoUpload = model
  .define("photo_upload", {
    id: model.id({ prefix: "phup" }).primaryKey(),
    /** The URL Admin was answered with and sends back as the product image's URL. */
    url: model.text(),
    /** What the product image's metadata becomes: `{ photo, file_ids }` (PhotoImageMetadata). */
    image_metadata: model.json(),
  })
  .indexes([{ on: ["url"], unique: true, where: "deleted_at IS NULL" }])

export default PhotoUpload
