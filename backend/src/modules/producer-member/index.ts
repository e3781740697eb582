import { Module } from "@medusajs/framework/utils"
import ProducerMemberModuleService from "./service"

/** Also the auth actor type: a member's login carries `app_metadata.producer_member_id`. */
export const PRODUCER_MEMBER_MODULE = "producer_member"

export default Module(PRODUCER_MEMBER_MODULE, {
  service: ProducerMemberModuleService,
})
