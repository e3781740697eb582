import { Module } from "@medusajs/framework/utils"
import PosModuleService from "./service"

/** The showroom counter: its staff (the auth actor `pos_staff`), shifts, cash movements and sales. */
export const POS_MODULE = "pos"

export default Module(POS_MODULE, {
  service: PosModuleService,
})
