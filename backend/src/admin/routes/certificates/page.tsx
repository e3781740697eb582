import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Badge, Container, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminApi } from "../../lib/admin-api"
import { PageIntro } from "../../lib/admin-page"
import { vietnamTime } from "../../lib/format"

type PendingCertificate = {
  id: string
  decision_number: string
  decision_date: string
  issuing_authority: string
  star_rating: number
  total_score: number
  document_url: string | null
  submitted_by_producer_id: string | null
  submitted_at: string
  product: { id: string; title: string } | null
  producer: { id: string; name: string } | null
}

/**
 * The certificates waiting for the programme office's check, oldest first: open the decision
 * document, compare it, and verify the certificate in its product's OCOP panel.
 */
export default function PendingCertificatesPage() {
  const [certificates, setCertificates] = useState<PendingCertificate[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    adminApi<{ certificates: PendingCertificate[] }>("/admin/certificates/pending")
      .then(({ certificates }) => setCertificates(certificates))
      .catch((error: Error) => setProblem(error.message))
  }, [])

  return (
    <Container className="divide-y p-0">
      <PageIntro title="Certificates to verify" problem={problem}>
        Uploaded by producers, or recorded unverified. None gives a star mark until verified: open the decision document, compare the number,
        date, issuer, star and score, then switch it to verified in the product's OCOP panel.
      </PageIntro>
      {certificates && certificates.length === 0 && <Text className="px-6 py-4">No certificate is waiting for a check.</Text>}
      {certificates && certificates.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Decision</Table.HeaderCell>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>Stars</Table.HeaderCell>
              <Table.HeaderCell>Document</Table.HeaderCell>
              <Table.HeaderCell>Sent</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {certificates.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>
                  <div className="flex flex-col py-1">
                    <span>{c.decision_number}</span>
                    <span className="text-ui-fg-subtle txt-compact-xsmall">
                      {c.decision_date} · {c.issuing_authority}
                    </span>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  {c.product ? (
                    <a href={`/app/products/${c.product.id}`} className="text-ui-fg-interactive">
                      {c.product.title}
                    </a>
                  ) : (
                    "—"
                  )}
                  <div className="text-ui-fg-subtle txt-compact-xsmall">{c.producer?.name ?? ""}</div>
                </Table.Cell>
                <Table.Cell>
                  {c.star_rating}★ ({c.total_score})
                </Table.Cell>
                <Table.Cell>
                  {c.document_url ? (
                    <a href={c.document_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
                      Open
                    </a>
                  ) : (
                    <Badge size="2xsmall">none</Badge>
                  )}
                </Table.Cell>
                <Table.Cell>{vietnamTime(c.submitted_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Certificates to verify", icon: DocumentText })
