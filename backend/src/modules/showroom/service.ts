import { MedusaService } from "@medusajs/framework/utils"
import Showroom from "./models/showroom"

class ShowroomModuleService extends MedusaService({ Showroom }) {}

export default ShowroomModuleService
