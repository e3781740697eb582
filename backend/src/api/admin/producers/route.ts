import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducerWorkflow } from "../../../workflows/create-producer"
import type { AdminCreateProducer, AdminListProducersQuery } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListProducersQuery>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { province_code, status, q, limit, offset } = req.validatedQuery as AdminListProducersQuery
  const { data, metadata } = await query.graph({
    entity: "producer",
    fields: ["*", "stock_location.id", "stock_location.name"],
    filters: {
      ...(province_code ? { province_code } : {}),
      ...(status ? { status } : {}),
      ...(q ? { name: { $ilike: `%${q.normalize("NFC")}%` } } : {}),
    },
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ producers: data, count: metadata?.count ?? data.length, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateProducer>, res: MedusaResponse) {
  const { result } = await createProducerWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json(result)
}
