import { Module } from "@medusajs/framework/utils"
import ShowroomModuleService from "./service"

export const SHOWROOM_MODULE = "showroom"

export default Module(SHOWROOM_MODULE, {
  service: ShowroomModuleService,
})
