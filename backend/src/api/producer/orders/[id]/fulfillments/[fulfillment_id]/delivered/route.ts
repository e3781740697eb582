/** POST: the producer marks its shipped parcel delivered (which may capture cash on delivery); 409 before it is shipped or once delivered. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../../../../lib/producer-access"
import { deliverProducerParcelWorkflow } from "../../../../../../../workflows/deliver-producer-parcel"
import { producerOrder } from "../../../../present-order"

export async function POST(req: ProducerRequest, res: MedusaResponse) {
  const { id, fulfillment_id } = req.params as { id: string; fulfillment_id: string }
  await deliverProducerParcelWorkflow(req.scope).run({ input: { order_id: id, fulfillment_id } })
  const order = await producerOrder(req.scope, req.producer.id, id)
  res.json({ parcel: order.parcels.find((parcel) => parcel.id === fulfillment_id), order })
}
