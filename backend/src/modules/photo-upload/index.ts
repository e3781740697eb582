import { Module } from "@medusajs/framework/utils"
import PhotoUploadModuleService from "./service"

export const PHOTO_UPLOAD_MODULE = "photo_upload"

export default Module(PHOTO_UPLOAD_MODULE, {
  service: PhotoUploadModuleService,
})
