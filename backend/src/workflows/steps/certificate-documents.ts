/**
 * The steps of a producer's certificate upload: the product's OCOP product set (the certificate's
 * own), the fields checked by the OCOP rules before any file is written, and the decision document
 * stored through Medusa's File module, deleted again if the workflow fails after it.
 */
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCertificateScores, decisionDate } from "@ocop/domain/ocop"
import { prepareCertificateDocument } from "../../lib/certificate-documents"
import { enforce } from "../../lib/domain-rules"
import type { CertificateFields } from "./create-certificate"

/** A file as uploaded: its name (kept for nothing but the log) and its bytes, base64. */
export type UploadedDocument = { filename: string; content: string }

export const productSetOfProductStep = createStep("product-set-of-product", async (input: { product_id: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "product_set.id"],
    filters: { id: input.product_id },
  })
  const setId = (data[0] as { product_set?: { id: string } | null } | undefined)?.product_set?.id
  if (!setId) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This product has no OCOP product set yet: choose its product set on the product first, then upload its certificate.",
    )
  }
  return new StepResponse(setId)
})

/** The star bands and the decision date, checked before the document is stored (the module checks them again on write). */
export const checkCertificateFieldsStep = createStep(
  "check-certificate-fields",
  async (input: Pick<CertificateFields, "decision_date" | "star_rating" | "total_score" | "score_a" | "score_b" | "score_c">) => {
    enforce(() => {
      decisionDate(input.decision_date)
      assertCertificateScores(input)
    })
    return new StepResponse(null)
  },
)

export type StoredDocument = { url: string; file_id: string }

export const storeCertificateDocumentStep = createStep(
  "store-certificate-document",
  async (input: { product_id: string; document: UploadedDocument }, { container }) => {
    const prepared = await prepareCertificateDocument(Buffer.from(input.document.content, "base64"))
    const [file] = await container.resolve(Modules.FILE).createFiles([
      {
        filename: `certificates/${input.product_id}-${Date.now().toString(36)}.${prepared.extension}`,
        mimeType: prepared.mimeType,
        content: prepared.buffer.toString("base64"),
        access: "public",
      },
    ])
    return new StepResponse<StoredDocument, string>({ url: file!.url, file_id: file!.id }, file!.id)
  },
  async (fileId, { container }) => {
    if (fileId) await container.resolve(Modules.FILE).deleteFiles([fileId])
  },
)
