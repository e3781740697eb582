/** What replaceLinksStep is told to make a fair's, or a pavilion's, producers and products. */
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import { TRADE_PROMOTION_MODULE } from "../../modules/trade-promotion"
import type { ReplaceLinksInput } from "./replace-links"

const producers = { field: "producers", linked_entity: "producer", linked_module: PRODUCER_MODULE, linked_key: "producer_id", noun: "producer" }

export const fairProducers = (fairId: string, ids: string[]): ReplaceLinksInput => ({
  entity: "fair",
  id: fairId,
  module: TRADE_PROMOTION_MODULE,
  key: "fair_id",
  ...producers,
  ids,
})

export const pavilionProducers = (pavilionId: string, ids: string[]): ReplaceLinksInput => ({
  entity: "pavilion",
  id: pavilionId,
  module: TRADE_PROMOTION_MODULE,
  key: "pavilion_id",
  ...producers,
  ids,
})

export const pavilionProducts = (pavilionId: string, ids: string[]): ReplaceLinksInput => ({
  entity: "pavilion",
  id: pavilionId,
  module: TRADE_PROMOTION_MODULE,
  key: "pavilion_id",
  field: "products",
  linked_entity: "product",
  linked_module: Modules.PRODUCT,
  linked_key: "product_id",
  noun: "product",
  ids,
})
