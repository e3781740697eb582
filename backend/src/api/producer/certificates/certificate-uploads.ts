/**
 * Reads a certificate upload (multipart/form-data: the decision document in `document`, the
 * certificate's fields beside it) into `req.document` and `req.validatedBody`, each field refused
 * in a sentence naming it. The document's kind is for the workflow to sniff from its bytes.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_DOCUMENT_BYTES } from "../../../lib/certificate-documents"
import { megabytes, readMultipartForm } from "../../../lib/multipart-form"
import type { UploadedDocument } from "../../../workflows/steps/certificate-documents"
import { validateBodyInSentences } from "../../input-guards"
import { ProducerSubmitCertificate } from "./validators"

export const DOCUMENT_FIELD = "document"

export type CertificateUploadRequest = MedusaRequest & { document: UploadedDocument }

const validateFields = validateBodyInSentences(ProducerSubmitCertificate)

export async function readCertificateUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  let form: FormData
  try {
    form = await readMultipartForm(req, {
      maxBytes: MAX_DOCUMENT_BYTES + 64 * 1024,
      tooLarge: `document: the upload is larger than ${megabytes(MAX_DOCUMENT_BYTES)}. Scan the decision at a lower resolution and upload it again.`,
      notMultipart: `Send the certificate as multipart/form-data, the decision document in the field "${DOCUMENT_FIELD}".`,
    })
  } catch (error) {
    return next(error)
  }
  const files = form.getAll(DOCUMENT_FIELD).filter((entry): entry is File => typeof entry !== "string" && entry.size > 0)
  const documentProblem =
    files.length === 0
      ? "document: attach the decision document, a PDF or a photo of the signed decision."
      : files.length > 1
        ? "document: send one decision document at a time."
        : null
  const fields: Record<string, string> = {}
  form.forEach((value, name) => {
    // An empty optional score is a score not given.
    if (name !== DOCUMENT_FIELD && typeof value === "string" && value.trim() !== "") fields[name] = value
  })
  req.body = fields
  if (!documentProblem) {
    ;(req as CertificateUploadRequest).document = { filename: files[0]!.name, content: Buffer.from(await files[0]!.arrayBuffer()).toString("base64") }
  }
  // Every problem of the form at once: the missing document and the fields' own.
  validateFields(req, res, (error?: unknown) => {
    if (!documentProblem) return next(error)
    const fieldsProblem = error instanceof MedusaError ? ` ${error.message}` : ""
    next(new MedusaError(MedusaError.Types.INVALID_DATA, `${documentProblem}${fieldsProblem}`))
  })
}
