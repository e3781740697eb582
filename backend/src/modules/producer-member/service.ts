import { MedusaService } from "@medusajs/framework/utils"
import ProducerMember from "./models/producer-member"

class ProducerMemberModuleService extends MedusaService({ ProducerMember }) {}

export default ProducerMemberModuleService
