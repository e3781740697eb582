import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import EmailPassAuthService from "./service"

export default ModuleProvider(Modules.AUTH, {
  services: [EmailPassAuthService],
})
