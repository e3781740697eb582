import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Badge, Container, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminApi } from "../../lib/admin-api"
import { PageIntro } from "../../lib/admin-page"
import { vietnamTime } from "../../lib/format"

type FlaggedBatch = {
  id: string
  product_id: string
  lot_code: string
  gtin: string | null
  quantity: number
  produced_on: string
  scan_count: number
  last_scanned_at: string | null
}

/**
 * The batches whose labels were scanned far more often than their packs could explain (more than
 * three times their quantity): a copied stamp on packs that are not the producer's, most scanned first.
 */
export default function FlaggedBatchesPage() {
  const [batches, setBatches] = useState<FlaggedBatch[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    adminApi<{ batches: FlaggedBatch[] }>("/admin/batches?flagged=true&limit=100")
      .then(({ batches }) => setBatches(batches))
      .catch((error: Error) => setProblem(error.message))
  }, [])

  return (
    <Container className="divide-y p-0">
      <PageIntro title="Possible copied labels" problem={problem}>
        Batches whose trace page was opened more than three times as often as the batch has packs. Ask the producer, and check the sellers of
        its product.
      </PageIntro>
      {batches && batches.length === 0 && <Text className="px-6 py-4">No batch is scanned more than its packs explain.</Text>}
      {batches && batches.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Lot</Table.HeaderCell>
              <Table.HeaderCell>GTIN-13</Table.HeaderCell>
              <Table.HeaderCell>Produced</Table.HeaderCell>
              <Table.HeaderCell>Scans / packs</Table.HeaderCell>
              <Table.HeaderCell>Last scan</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {batches.map((batch) => (
              <Table.Row key={batch.id}>
                <Table.Cell>
                  <a href={`/app/products/${batch.product_id}`} className="text-ui-fg-interactive">
                    {batch.lot_code}
                  </a>
                </Table.Cell>
                <Table.Cell>{batch.gtin ?? "—"}</Table.Cell>
                <Table.Cell>{batch.produced_on}</Table.Cell>
                <Table.Cell>
                  <Badge color="red">
                    {batch.scan_count} / {batch.quantity}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{batch.last_scanned_at ? vietnamTime(batch.last_scanned_at) : "—"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Copied labels", icon: ExclamationCircle })
