import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Container, Input, Label, Table, Tabs, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { adminApi } from "../../lib/admin-api"
import { PageIntro, useAdminRead } from "../../lib/admin-page"
import { vietnamTime } from "../../lib/format"

type ProducerStatus = "pending" | "approved" | "suspended" | "rejected"

type Producer = {
  id: string
  name: string
  kind: "cooperative" | "household" | "enterprise"
  status: ProducerStatus
  status_reason: string | null
  business_registration_number: string | null
  phone: string | null
  email: string | null
  address_as_issued: string
  created_at: string
}

const KINDS: Record<Producer["kind"], string> = { cooperative: "Cooperative (HTX)", household: "Household business", enterprise: "Enterprise" }

/** What the operator may decide for a producer in this status, as @ocop/domain/producer-accounts allows. */
const DECISIONS: Record<ProducerStatus, { decision: "approve" | "reject" | "suspend"; label: string; needsReason: boolean }[]> = {
  pending: [
    { decision: "approve", label: "Approve", needsReason: false },
    { decision: "reject", label: "Reject", needsReason: true },
  ],
  approved: [{ decision: "suspend", label: "Suspend", needsReason: false }],
  suspended: [{ decision: "approve", label: "Lift the suspension", needsReason: false }],
  rejected: [{ decision: "approve", label: "Approve after all", needsReason: false }],
}

const TOLD: Record<"approve" | "reject" | "suspend", string> = {
  approve: "Approved: its members are told by email and can publish.",
  reject: "Rejected: its members are told why by email.",
  suspend: "Suspended: its products leave the shop, and its members are told.",
}

/** Approve, reject with a reason, suspend or reinstate one producer. */
function Decide({ producer, onDecided }: { producer: Producer; onDecided: () => void }) {
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const decisions = DECISIONS[producer.status]
  const decide = async (decision: "approve" | "reject" | "suspend") => {
    setBusy(true)
    try {
      await adminApi(`/admin/producers/${producer.id}/${decision}`, { method: "POST", body: decision === "approve" ? {} : { reason: reason.trim() || undefined } })
      toast.success(TOLD[decision])
      onDecided()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const withReason = decisions.some((entry) => entry.decision !== "approve")
  return (
    <div className="flex flex-wrap items-end gap-2">
      {withReason && (
        <div className="flex flex-col gap-1">
          <Label htmlFor={`reason-${producer.id}`} size="xsmall">
            Reason the producer reads
          </Label>
          <Input id={`reason-${producer.id}`} size="small" value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
      )}
      {decisions.map((entry) => (
        <Button
          key={entry.decision}
          size="small"
          variant={entry.decision === "approve" ? "primary" : "secondary"}
          disabled={busy || (entry.needsReason && !reason.trim())}
          onClick={() => decide(entry.decision)}
        >
          {entry.label}
        </Button>
      ))}
    </div>
  )
}

/**
 * The producers (chủ thể OCOP) and their registrations: the programme office approves a pending
 * registration or rejects it with a reason, and suspends or reinstates an approved producer. The
 * producer's members are told either way, through the notification module.
 */
export default function ProducersPage() {
  const [status, setStatus] = useState<ProducerStatus>("pending")
  const { data, problem, reload: load } = useAdminRead<{ producers: Producer[] }>(`/admin/producers?status=${status}&limit=100`)
  const producers = data?.producers

  return (
    <Container className="divide-y p-0">
      <PageIntro title="Producers" problem={problem}>
        Cooperatives, household businesses and enterprises that sell here. Check a registration against its business registration before
        approving it; a rejection says what to put right.
      </PageIntro>
      <div className="px-6 py-3">
        <Tabs value={status} onValueChange={(value) => setStatus(value as ProducerStatus)}>
          <Tabs.List>
            <Tabs.Trigger value="pending">Waiting for approval</Tabs.Trigger>
            <Tabs.Trigger value="approved">Approved</Tabs.Trigger>
            <Tabs.Trigger value="suspended">Suspended</Tabs.Trigger>
            <Tabs.Trigger value="rejected">Rejected</Tabs.Trigger>
          </Tabs.List>
        </Tabs>
      </div>
      {producers && producers.length === 0 && <Text className="px-6 py-4">No producers here.</Text>}
      {producers && producers.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Producer</Table.HeaderCell>
              <Table.HeaderCell>Registration</Table.HeaderCell>
              <Table.HeaderCell>Address as issued</Table.HeaderCell>
              <Table.HeaderCell>Decide</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {producers.map((producer) => (
              <Table.Row key={producer.id}>
                <Table.Cell className="whitespace-normal">
                  <Text weight="plus">{producer.name}</Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {KINDS[producer.kind]} · registered {vietnamTime(producer.created_at)}
                  </Text>
                  {producer.status_reason && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      Reason: {producer.status_reason}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell className="whitespace-normal">
                  {producer.business_registration_number ?? "—"}
                  <br />
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {[producer.phone, producer.email].filter(Boolean).join(" · ")}
                  </Text>
                </Table.Cell>
                <Table.Cell className="max-w-xs whitespace-normal break-words">{producer.address_as_issued}</Table.Cell>
                <Table.Cell>
                  <Decide producer={producer} onDecided={load} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Producers", icon: BuildingStorefront })
