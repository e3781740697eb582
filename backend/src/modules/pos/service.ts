import { MedusaService } from "@medusajs/framework/utils"
import PosApproval from "./models/pos-approval"
import PosCashMovement from "./models/pos-cash-movement"
import PosReturn from "./models/pos-return"
import PosSale from "./models/pos-sale"
import PosSaleLine from "./models/pos-sale-line"
import PosSalePayment from "./models/pos-sale-payment"
import PosShift from "./models/pos-shift"
import PosStaff from "./models/pos-staff"

/** The counter's records; what staff may do with them is the workflows' (@ocop/domain/pos). */
class PosModuleService extends MedusaService({ PosStaff, PosShift, PosCashMovement, PosSale, PosSaleLine, PosSalePayment, PosReturn, PosApproval }) {}

export default PosModuleService
