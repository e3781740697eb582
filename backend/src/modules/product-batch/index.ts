import { Module } from "@medusajs/framework/utils"
import ProductBatchModuleService from "./service"

export const PRODUCT_BATCH_MODULE = "product_batch"

export default Module(PRODUCT_BATCH_MODULE, {
  service: ProductBatchModuleService,
})
