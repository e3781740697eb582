import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PRODUCT_SALES_MODULE } from "../modules/product-sales"
import type ProductSalesModuleService from "../modules/product-sales/service"
import { PRODUCT_SALES_CHANGED_EVENT } from "../events"

type Quantity = Parameters<typeof MathBN.convert>[0]
type OrderRow = { id: string; status: string; items?: { product_id?: string | null; detail?: { quantity?: Quantity } | null }[] | null }

/**
 * Brings an order's rows in line with the order: a standing order counts each product's quantity
 * once, a canceled one counts nothing. Run again for the same order, it changes nothing.
 */
const countOrderSalesStep = createStep(
  "count-order-sales",
  async (input: { order_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      // A line's quantity is its detail's: the order module fills `items.quantity` only when the detail is read too.
      fields: ["id", "status", "items.product_id", "items.detail.quantity"],
      filters: { id: input.order_id },
    })
    const order = (data as OrderRow[])[0]
    const sales = container.resolve<ProductSalesModuleService>(PRODUCT_SALES_MODULE)
    const existing = await sales.listProductSales({ order_id: input.order_id })
    const wanted = new Map<string, number>()
    if (order && order.status !== "canceled" && order.status !== "draft") {
      for (const item of order.items ?? []) {
        // Quantities come as Medusa's BigNumber, which Number() does not read.
        if (item.product_id) wanted.set(item.product_id, (wanted.get(item.product_id) ?? 0) + MathBN.convert(item.detail?.quantity ?? 0).toNumber())
      }
    }
    const stale = existing.filter((sale) => wanted.get(sale.product_id) !== sale.quantity)
    const kept = new Set(existing.filter((sale) => !stale.includes(sale)).map((sale) => sale.product_id))
    const added = [...wanted].filter(([productId]) => !kept.has(productId)).map(([product_id, quantity]) => ({ order_id: input.order_id, product_id, quantity }))
    if (stale.length) await sales.deleteProductSales(stale.map((sale) => sale.id))
    const created = added.length ? await sales.createProductSales(added) : []
    const changed = [...new Set([...stale.map((sale) => sale.product_id), ...added.map((sale) => sale.product_id)])]
    return new StepResponse(
      { product_ids: changed },
      { removed: stale.map(({ order_id, product_id, quantity }) => ({ order_id, product_id, quantity })), created: created.map((sale) => sale.id) },
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const sales = container.resolve<ProductSalesModuleService>(PRODUCT_SALES_MODULE)
    if (undo.created.length) await sales.deleteProductSales(undo.created)
    if (undo.removed.length) await sales.createProductSales(undo.removed)
  },
)

/** After an order is placed or canceled: its products' sold counts, and so their pages and search documents, follow. */
export const recordProductSalesWorkflow = createWorkflow("record-product-sales", (input: { order_id: string }) => {
  const changes = countOrderSalesStep(input)
  emitEventStep({ eventName: PRODUCT_SALES_CHANGED_EVENT, data: transform({ changes }, ({ changes }) => changes) })
  return new WorkflowResponse(changes)
})
