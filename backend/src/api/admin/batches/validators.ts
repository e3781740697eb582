import { z } from "@medusajs/framework/zod"

export const AdminListBatchesQuery = z.object({
  flagged: z.enum(["true"], { message: "flagged=true lists only the possible copied stamps; leave it out for every batch." }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export type AdminListBatchesQuery = z.infer<typeof AdminListBatchesQuery>
