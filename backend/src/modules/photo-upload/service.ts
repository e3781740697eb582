import { MedusaService } from "@medusajs/framework/utils"
import PhotoUpload from "./models/photo-upload"

/** The operator's uploaded photos, each by the URL Admin attaches to a product. */
class PhotoUploadModuleService extends MedusaService({ PhotoUpload }) {}

export default PhotoUploadModuleService
