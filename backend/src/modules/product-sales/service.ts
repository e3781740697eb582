import { MedusaService } from "@medusajs/framework/utils"
import ProductSale from "./models/product-sale"

/** Orders' quantities per product, summed into the sold counts buyers see. */
class ProductSalesModuleService extends MedusaService({ ProductSale }) {
  /** The units sold of each product, by id; a product never sold is 0. */
  async soldCounts(productIds: string[]): Promise<Map<string, number>> {
    const counts = new Map(productIds.map((id) => [id, 0]))
    if (productIds.length === 0) return counts
    const sales = await this.listProductSales({ product_id: productIds }, { select: ["product_id", "quantity"] })
    for (const sale of sales) counts.set(sale.product_id, (counts.get(sale.product_id) ?? 0) + sale.quantity)
    return counts
  }
}

export default ProductSalesModuleService
