import { MedusaService } from "@medusajs/framework/utils"
import Fair from "./models/fair"
import Pavilion from "./models/pavilion"
import VideoLink from "./models/video-link"

/** Fairs, province pavilions' curation and video links; who may change them is the workflows'. */
class TradePromotionModuleService extends MedusaService({ Fair, Pavilion, VideoLink }) {}

export default TradePromotionModuleService
