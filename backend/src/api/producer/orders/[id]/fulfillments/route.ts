/** POST: the producer packs its parcel of the order, every one of its lines not packed yet; 409 when all are. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../../lib/producer-access"
import { packProducerParcelWorkflow } from "../../../../../workflows/pack-producer-parcel"
import { producerOrder } from "../../present-order"

export async function POST(req: ProducerRequest, res: MedusaResponse) {
  const { result } = await packProducerParcelWorkflow(req.scope).run({
    input: { order_id: req.params.id!, producer_id: req.producer.id, packed_by: req.producer_member.id },
  })
  const order = await producerOrder(req.scope, req.producer.id, req.params.id!)
  res.status(201).json({ parcel: order.parcels.find((parcel) => parcel.id === result.id), order })
}
