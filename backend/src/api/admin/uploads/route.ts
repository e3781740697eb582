/**
 * POST (multipart/form-data, files in `files`, as Medusa Admin's product media editor sends them):
 * the operator's photos through the one photo pipeline, in place of Medusa's own route that stores
 * any file as sent. Answers in Medusa's shape, each file's URL that of the photo's largest WebP,
 * which Admin then attaches to the product (hooks/product-ocop-links.ts gives it its renditions).
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { photoFilesRefusal } from "../../../lib/photo-uploads"
import { uploadPhotosWorkflow } from "../../../workflows/upload-photos"

/** The field Admin sends its files in, read by Medusa's own multer middleware for this route. */
export const ADMIN_UPLOAD_FIELD = "files"

type MulterFile = { originalname: string; size: number; buffer: Buffer }

export async function POST(req: MedusaRequest & { files?: MulterFile[] }, res: MedusaResponse) {
  const files = req.files ?? []
  const refusal = photoFilesRefusal(files, ADMIN_UPLOAD_FIELD)
  if (refusal) throw refusal
  const { result } = await uploadPhotosWorkflow(req.scope).run({
    input: { photos: files.map((file) => ({ filename: file.originalname, content: file.buffer.toString("base64") })) },
  })
  res.status(200).json({ files: result })
}
