/**
 * What a producer sends with a certificate's decision document (multipart/form-data, so every
 * field is text), each refusal a sentence naming its field: the decision's number, day and issuer
 * as printed on it, the star and the total score, and the scores of parts A, B and C if known.
 */
import { z } from "@medusajs/framework/zod"
import { decisionDate } from "@ocop/domain/ocop"

const text = (field: string, example: string, max: number) =>
  z
    .string({ message: `${field} is needed: ${example}` })
    .trim()
    .min(1, `${field} is needed: ${example}`)
    .max(max, `${field} is at most ${max} characters.`)
    .transform((value) => value.normalize("NFC"))

const wholeScore = (field: string, max: number) =>
  z
    .string({ message: `${field} is a whole number of points, 0 to ${max}.` })
    .trim()
    .regex(/^\d{1,3}$/, `${field} is a whole number of points, 0 to ${max}.`)
    .transform(Number)
    .refine((score) => score <= max, `${field} is at most ${max} points.`)

export const ProducerSubmitCertificate = z.object({
  decision_number: text("decision_number", "the decision's number as printed on it, e.g. 2751/QĐ-UBND.", 100),
  decision_date: z
    .string({ message: "decision_date is the day the decision was signed, as YYYY-MM-DD, e.g. 2024-05-20." })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "decision_date is the day the decision was signed, as YYYY-MM-DD, e.g. 2024-05-20.")
    .superRefine((day, ctx) => {
      try {
        decisionDate(day)
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `decision_date: ${(error as Error).message}` })
      }
    }),
  issuing_authority: text("issuing_authority", "who signed the decision, e.g. UBND tỉnh Ninh Bình.", 200),
  star_rating: z
    .string({ message: "star_rating is the star the decision gives: 3, 4 or 5." })
    .trim()
    .regex(/^[345]$/, "star_rating is the star the decision gives: 3, 4 or 5.")
    .transform(Number),
  total_score: wholeScore("total_score", 100),
  score_a: wholeScore("score_a", 40).optional(),
  score_b: wholeScore("score_b", 25).optional(),
  score_c: wholeScore("score_c", 35).optional(),
})

export type ProducerSubmitCertificate = z.infer<typeof ProducerSubmitCertificate>
