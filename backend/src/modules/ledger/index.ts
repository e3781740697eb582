import { Module } from "@medusajs/framework/utils"
import LedgerModuleService from "./service"

/** The producers' ledger (@ocop/domain/ledger): what each paid line credits its producer, and its settlements. */
export const LEDGER_MODULE = "ledger"

export default Module(LEDGER_MODULE, {
  service: LedgerModuleService,
})
