/** POST: the producer hands its packed parcel to a carrier, with the carrier's tracking number; 409 for one shipped already. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../../../../lib/producer-access"
import { shipProducerParcelWorkflow } from "../../../../../../../workflows/ship-producer-parcel"
import { producerOrder } from "../../../../present-order"
import type { ProducerShipParcel } from "../../../../validators"

export async function POST(req: ProducerRequest<ProducerShipParcel>, res: MedusaResponse) {
  const { id, fulfillment_id } = req.params as { id: string; fulfillment_id: string }
  await shipProducerParcelWorkflow(req.scope).run({
    input: { order_id: id, fulfillment_id, ...req.validatedBody, shipped_by: req.producer_member.id },
  })
  const order = await producerOrder(req.scope, req.producer.id, id)
  res.json({ parcel: order.parcels.find((parcel) => parcel.id === fulfillment_id), order })
}
