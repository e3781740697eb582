import { z } from "@medusajs/framework/zod"

/** The key the trace page made for one opening of it: the same key again counts no second scan. */
export const StoreRecordScan = z.object({
  scan_key: z
    .string({ message: "scan_key names this opening of the trace page, 16 to 100 letters, digits or dashes." })
    .regex(/^[A-Za-z0-9_-]{16,100}$/, "scan_key names this opening of the trace page, 16 to 100 letters, digits or dashes."),
})

export type StoreRecordScan = z.infer<typeof StoreRecordScan>
