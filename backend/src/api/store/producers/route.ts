import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentProducer } from "@ocop/domain/product"
import type { StoreListProducersQuery } from "../../validators"

/** Approved producers, optionally in one province (the province pavilion lists these). */
export async function GET(req: MedusaRequest<unknown, StoreListProducersQuery>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { province_code, limit, offset } = req.validatedQuery as StoreListProducersQuery
  const { data, metadata } = await query.graph({
    entity: "producer",
    fields: PRODUCER_FIELDS,
    filters: { status: "approved", ...(province_code ? { province_code } : {}) },
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ producers: data.map(presentProducer), count: metadata?.count ?? data.length, limit, offset })
}

export const PRODUCER_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "status",
  "address_as_issued",
  "province_code",
  "commune_code",
  "story_vi",
  "story_en",
  "logo_url",
  "is_sample",
]
