import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"

type Sold = { id: string; product_id: string | null }

/**
 * Ledger entries recorded before each kept its product get it now, from the order line or the
 * counter sale's line they were recorded for, so the programme office's reports group them by
 * the product's province, industry and star and not by their producer alone.
 */
export default async function keepLedgerEntryProducts({ container }: { container: MedusaContainer }) {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const entries = await ledger.listLedgerEntries({ product_id: null }, { select: ["id", "channel", "line_id"] })
  if (entries.length === 0) return
  const productsOf = async (entity: "order_line_item" | "pos_sale_line", lineIds: string[]) => {
    if (lineIds.length === 0) return new Map<string, string>()
    const { data } = await query.graph({ entity, fields: ["id", "product_id"], filters: { id: lineIds } })
    return new Map((data as Sold[]).flatMap((line) => (line.product_id ? [[line.id, line.product_id] as const] : [])))
  }
  const lineIds = (channel: string) => [...new Set(entries.filter((entry) => entry.channel === channel).map((entry) => entry.line_id))]
  const [online, showroom] = await Promise.all([productsOf("order_line_item", lineIds("online")), productsOf("pos_sale_line", lineIds("showroom"))])
  const updates = entries.flatMap((entry) => {
    const productId = (entry.channel === "online" ? online : showroom).get(entry.line_id)
    return productId ? [{ id: entry.id, product_id: productId }] : []
  })
  if (updates.length > 0) await ledger.updateLedgerEntries(updates)
}
