/** What a producer sends to page through its orders and ship its parcels, each refusal a sentence naming the field. */
import { z } from "@medusajs/framework/zod"
import { PAGE_LIMITS } from "@ocop/domain/input-limits"
import { nfc } from "../../validators"

export const ProducerListOrdersQuery = z.object({
  limit: z.coerce.number().int().min(1).max(PAGE_LIMITS.store).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type ProducerListOrdersQuery = z.infer<typeof ProducerListOrdersQuery>

export const ProducerShipParcel = z
  .object({
    carrier: nfc("carrier", "carrier", "Name the carrier you handed the parcel to (carrier), e.g. Viettel Post."),
    tracking_number: nfc("tracking_number", "trackingNumber", "Give the carrier's tracking number for the parcel (tracking_number), as printed on its receipt."),
  })
  .strict()
export type ProducerShipParcel = z.infer<typeof ProducerShipParcel>
