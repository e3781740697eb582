import { OrderWorkflowEvents, PaymentCollectionStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  cancelOrderFulfillmentWorkflow,
  cancelOrdersStep,
  cancelOrderWorkflow,
  cancelPaymentStep,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  deleteReservationsByLineItemsStep,
  emitEventStep,
  receiveItemReturnRequestWorkflow,
  requestItemReturnWorkflow,
  updatePaymentCollectionStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../lib/store-setup"
import { type ParcelComingBack, planCashOnDeliveryRefusalStep, type RefusalInput } from "./steps/plan-cash-on-delivery-refusal"
import { runWorkflowForEachStep } from "./steps/run-workflow-for-each"
import { tellBuyerRefusedAtDoorStep } from "./steps/tell-buyer-refused-at-door"

export type { RefusalInput as RefuseCashOnDeliveryInput } from "./steps/plan-cash-on-delivery-refusal"

const RETURN_DESCRIPTION = "Refused or not collected at the door (cash on delivery)"

/**
 * A shipped parcel that the buyer refused comes back to its producer: Medusa's return, requested
 * and received at once at the location it left from, which puts its packs back in stock there.
 * Medusa cannot cancel a fulfillment once shipped, so the return is how the stock comes home.
 */
export const returnRefusedParcelWorkflow = createWorkflow("return-refused-parcel", (parcel: ParcelComingBack) => {
  const change = beginReturnOrderWorkflow.runAsStep({
    input: transform({ parcel }, ({ parcel }) => ({
      order_id: parcel.order_id,
      location_id: parcel.location_id,
      description: RETURN_DESCRIPTION,
      ...(parcel.reason ? { internal_note: parcel.reason } : {}),
      ...(parcel.recorded_by ? { created_by: parcel.recorded_by } : {}),
    })),
  })
  const returned = transform({ change, parcel }, ({ change, parcel }) => ({
    return_id: change.return_id!,
    items: parcel.items,
    ...(parcel.recorded_by ? { confirmed_by: parcel.recorded_by, created_by: parcel.recorded_by } : {}),
  }))
  requestItemReturnWorkflow.runAsStep({ input: transform({ returned }, ({ returned }) => ({ return_id: returned.return_id, items: returned.items })) })
  confirmReturnRequestWorkflow.runAsStep({ input: transform({ returned }, ({ returned }) => ({ return_id: returned.return_id, confirmed_by: returned.confirmed_by })) })
  beginReceiveReturnWorkflow.runAsStep({ input: transform({ returned }, ({ returned }) => ({ return_id: returned.return_id, created_by: returned.created_by })) })
  receiveItemReturnRequestWorkflow.runAsStep({ input: transform({ returned }, ({ returned }) => ({ return_id: returned.return_id, items: returned.items })) })
  confirmReturnReceiveWorkflow.runAsStep({ input: transform({ returned }, ({ returned }) => ({ return_id: returned.return_id, confirmed_by: returned.confirmed_by })) })
  return new WorkflowResponse(returned.return_id)
})

const cancelUnshippedParcelsStep = runWorkflowForEachStep("cancel-unshipped-parcels", cancelOrderFulfillmentWorkflow)
const returnRefusedParcelsStep = runWorkflowForEachStep("return-refused-parcels", returnRefusedParcelWorkflow)

type PaymentsAfterReturn = {
  items?: ({ id: string } | null)[] | null
  payment_collections?: ({ id: string; payments?: ({ id: string; provider_id: string; captured_at?: unknown; canceled_at?: unknown } | null)[] | null } | null)[] | null
}

/**
 * The operator records that a cash-on-delivery parcel was refused, or not collected, at the door:
 * the order is cancelled, its packs go back in stock at their producer's location, the payment
 * is cancelled with nothing captured, and the buyer is told.
 *
 * Parcels still at the producer are cancelled by Medusa (their stock goes back, reserved again
 * until the order is cancelled); shipped ones come back as a received return. With no parcel
 * shipped, Medusa's cancelOrderWorkflow does the rest. With one shipped it refuses: it cancels
 * only an order whose fulfillments are all cancelled, and the fulfillment module cancels none
 * that was shipped. The order is then cancelled by the steps cancelOrderWorkflow runs, less that
 * check and the refund of captured payments (the plan made sure nothing was captured); its status
 * is set by the order module's cancel, through cancelOrdersStep, as cancelOrderWorkflow sets it.
 */
export const refuseCashOnDeliveryWorkflow = createWorkflow("refuse-cash-on-delivery", (input: RefusalInput) => {
  const plan = planCashOnDeliveryRefusalStep(input)
  // Returns first, should a later step fail: Medusa undoes a return, but not the cancelling of a
  // fulfillment, which comes as late as it can.
  returnRefusedParcelsStep(transform({ plan }, ({ plan }) => plan.coming_back))
  cancelUnshippedParcelsStep(transform({ plan }, ({ plan }) => plan.unshipped))

  when({ plan }, ({ plan }) => plan.coming_back.length === 0).then(() => {
    cancelOrderWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ order_id: plan.order_id, ...(plan.recorded_by ? { canceled_by: plan.recorded_by } : {}) })),
    })
  })

  when({ plan }, ({ plan }) => plan.coming_back.length > 0).then(() => {
    // Read after the returns: confirming one recomputes what the order owes and may replace its
    // payment collection, cancelling the cash-on-delivery payment on the way.
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "items.id",
        "payment_collections.id",
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: transform({ plan }, ({ plan }) => ({ id: plan.order_id })),
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-returned-order" })
    const open = transform({ orders }, ({ orders }) => {
      const order = orders[0] as PaymentsAfterReturn
      const collections = (order.payment_collections ?? []).flatMap((collection) => (collection ? [collection] : []))
      return {
        line_item_ids: (order.items ?? []).flatMap((item) => (item ? [item.id] : [])),
        payment_ids: collections.flatMap((collection) =>
          (collection.payments ?? []).flatMap((payment) =>
            payment && payment.provider_id === CASH_ON_DELIVERY_PROVIDER_ID && !payment.captured_at && !payment.canceled_at ? [payment.id] : [],
          ),
        ),
        // Never empty: the order was checked to have a cash-on-delivery payment, so a collection.
        collection_ids: collections.map((collection) => collection.id),
      }
    })
    deleteReservationsByLineItemsStep(transform({ open }, ({ open }) => open.line_item_ids))
    cancelPaymentStep(transform({ open }, ({ open }) => ({ paymentIds: open.payment_ids })))
    updatePaymentCollectionStep(
      transform({ open }, ({ open }) => ({ selector: { id: open.collection_ids }, update: { status: PaymentCollectionStatus.CANCELED } })),
    )
    cancelOrdersStep(transform({ plan }, ({ plan }) => ({ orderIds: [plan.order_id] })))
    emitEventStep({ eventName: OrderWorkflowEvents.CANCELED, data: transform({ plan }, ({ plan }) => ({ id: plan.order_id })) })
  })

  tellBuyerRefusedAtDoorStep(
    transform({ plan }, ({ plan }) => ({ order_id: plan.order_id, email: plan.email, display_id: plan.display_id, reason: plan.reason })),
  )
  return new WorkflowResponse(transform({ plan }, ({ plan }) => ({ order_id: plan.order_id, returned_parcels: plan.coming_back.length })))
})
