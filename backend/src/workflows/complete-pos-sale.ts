import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, adjustInventoryLevelsStep, createOrdersStep, createRemoteLinkStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { CreateOrderDTO } from "@medusajs/framework/types"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { POS_MODULE } from "../modules/pos"
import { type CompletePosSaleInput, type PreparedSale, preparePosSaleStep, recordPosSaleStep, spendPosApprovalStep } from "./steps/pos-sales"

export type { CompletePosSaleInput } from "./steps/pos-sales"

/** Medusa's order of a counter sale: handed over at the counter, so nothing ships; the discounts are the lines' adjustments. */
function orderOf(input: CompletePosSaleInput, prepared: PreparedSale): CreateOrderDTO {
  return {
    region_id: prepared.region_id,
    sales_channel_id: input.showroom.sales_channel_id,
    currency_code: "vnd",
    status: "pending",
    no_notification: true,
    // A customer found by the phone given at the counter has the sale on their account, as a web order.
    ...(prepared.customer ? { customer_id: prepared.customer.id, email: prepared.customer.email } : {}),
    metadata: {
      pos_showroom_id: input.showroom.id,
      pos_idempotency_key: input.idempotency_key,
      pos_staff_id: input.staff.id,
      ...(prepared.customer_phone ? { customer_phone: prepared.customer_phone } : {}),
    },
    items: prepared.lines.map((line) => {
      const discount = line.line_discount + line.order_discount_share
      const reasons = [line.line_discount_reason, prepared.order_discount_reason].filter(Boolean).join("; ")
      return {
        title: line.pack.title,
        subtitle: line.pack.variant_title ?? undefined,
        thumbnail: line.pack.thumbnail ?? undefined,
        variant_id: line.pack.variant_id,
        product_id: line.pack.product_id,
        product_title: line.pack.title,
        variant_title: line.pack.variant_title ?? undefined,
        variant_sku: line.pack.sku ?? undefined,
        variant_barcode: line.pack.gtin ?? undefined,
        quantity: line.quantity,
        unit_price: line.unit_price,
        // Shelf prices in Việt Nam include VAT.
        is_tax_inclusive: true,
        requires_shipping: false,
        metadata: { producer_id: line.pack.producer.id },
        adjustments: discount > 0 ? [{ code: "POS_DISCOUNT", amount: discount, description: reasons, is_tax_inclusive: true }] : [],
      }
    }),
  }
}

/**
 * A sale at a showroom's counter: checked against the showroom's catalogue, stock and the staff
 * member's role (prepare-pos-sale), then Medusa's order in the showroom's sales channel, the packs
 * out of the showroom's stock location (Medusa's own inventory adjustment, which puts them back if
 * a later step fails), and the sale's record with each line credited to its producer, linked to
 * its order; a manager's approval it came with is spent on it. Under a lock on the showroom's
 * idempotency key, on the shift and on the approval, so a key sent twice at once is recorded once,
 * a shift is not closed under a sale and one approval approves one sale.
 */
export const completePosSaleWorkflow = createWorkflow("complete-pos-sale", (input: CompletePosSaleInput) => {
  const lockKeys = transform({ input }, ({ input }) => [
    `pos-sale:${input.showroom.id}:${input.idempotency_key}`,
    `pos-shift:${input.shift_id}`,
    ...(input.approval ? [`pos-approval:${input.approval.id}`] : []),
  ])
  acquireLockStep({ key: lockKeys, timeout: 30, ttl: 60 })
  const prepared = preparePosSaleStep(input)
  const orders = createOrdersStep(transform({ input, prepared }, ({ input, prepared }) => [orderOf(input, prepared)]))
  adjustInventoryLevelsStep(transform({ prepared }, ({ prepared }) => prepared.stock_out))
  const sale = recordPosSaleStep(transform({ input, prepared }, ({ input, prepared }) => ({ sale: input, prepared })))
  when({ input }, ({ input }) => Boolean(input.approval)).then(() => {
    spendPosApprovalStep(transform({ input, sale }, ({ input, sale }) => ({ approval_id: input.approval!.id, sale_id: sale.id })))
  })
  createRemoteLinkStep(
    transform({ sale, orders }, ({ sale, orders }) => [{ [POS_MODULE]: { pos_sale_id: sale.id }, [Modules.ORDER]: { order_id: orders[0]!.id } }]),
  )
  // A counter sale is a sale like a web one: it counts into the products' "đã bán".
  emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: transform({ orders }, ({ orders }) => ({ id: orders[0]!.id })) })
  releaseLockStep({ key: lockKeys })
  return new WorkflowResponse(sale)
})
