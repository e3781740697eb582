import { MedusaService } from "@medusajs/framework/utils"
import ProductReview from "./models/product-review"

/** The buyers' reviews; the rules of who may write one and how it is decided are in the workflows. */
class ProductReviewModuleService extends MedusaService({ ProductReview }) {}

export default ProductReviewModuleService
