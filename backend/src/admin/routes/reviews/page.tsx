import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Button, Container, Input, Label, Table, Tabs, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { adminApi } from "../../lib/admin-api"
import { PageIntro, useAdminRead } from "../../lib/admin-page"
import { vietnamTime } from "../../lib/format"

type ReviewStatus = "pending" | "approved" | "rejected"

type ProductReview = {
  id: string
  rating: number
  body: string
  reviewer_name: string
  status: ReviewStatus
  moderation_note: string | null
  created_at: string
  order_id: string
  /** The buyer's photo as the photo pipeline made it (backend lib/photos.ts' PhotoMetadata). */
  photo: { width: number; height: number; placeholder: string; renditions: { width: number; format: "avif" | "webp"; url: string }[] } | null
  product: { id: string; title: string; handle: string } | null
}

const STARS = (rating: number) => `${"★".repeat(rating)}${"☆".repeat(5 - rating)}`

/** The buyer's photo, small, opening at full size in a new tab so the operator can look at it closely. */
function ReviewPhoto({ photo }: { photo: NonNullable<ProductReview["photo"]> }) {
  const webp = photo.renditions.filter((rendition) => rendition.format === "webp").sort((a, b) => a.width - b.width)
  const small = webp[0]
  const large = webp[webp.length - 1]
  if (!small || !large) return null
  return (
    <a href={large.url} target="_blank" rel="noreferrer" className="mt-2 inline-block">
      <img
        src={small.url}
        alt="What the buyer sent with the review (opens at full size)"
        width={120}
        height={Math.round((120 * photo.height) / photo.width)}
        loading="lazy"
        className="rounded-md border border-ui-border-base bg-cover"
        style={{ backgroundImage: `url("${photo.placeholder}")` }}
      />
    </a>
  )
}

/** Approve a pending review, or reject it with the note its writer is shown. */
function Decide({ review, onDecided }: { review: ProductReview; onDecided: () => void }) {
  const [note, setNote] = useState("")
  const [busy, setBusy] = useState(false)
  const decide = async (status: "approved" | "rejected") => {
    setBusy(true)
    try {
      await adminApi(`/admin/product-reviews/${review.id}`, { method: "POST", body: status === "rejected" ? { status, note: note.trim() } : { status } })
      toast.success(status === "approved" ? "The review is shown on the product." : "The review is rejected; its writer sees your note.")
      onDecided()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Button size="small" disabled={busy} onClick={() => decide("approved")}>
        Approve
      </Button>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`note-${review.id}`} size="xsmall">
          Why it is rejected
        </Label>
        <Input id={`note-${review.id}`} size="small" value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <Button size="small" variant="secondary" disabled={busy || !note.trim()} onClick={() => decide("rejected")}>
        Reject
      </Button>
    </div>
  )
}

/**
 * Reviews from verified buyers, for the operator to moderate: only approved ones are shown on the
 * product and counted in its stars; a rejected one's writer reads the note.
 */
export default function ReviewsPage() {
  const [status, setStatus] = useState<ReviewStatus>("pending")
  const { data, problem, reload: load } = useAdminRead<{ product_reviews: ProductReview[] }>(`/admin/product-reviews?status=${status}&limit=100`)
  const reviews = data?.product_reviews

  return (
    <Container className="divide-y p-0">
      <PageIntro title="Reviews" problem={problem}>
        Written by buyers whose order of the product was delivered. Approve what helps other buyers; reject advertising, contact details or
        abuse, and say why.
      </PageIntro>
      <div className="px-6 py-3">
        <Tabs value={status} onValueChange={(value) => setStatus(value as ReviewStatus)}>
          <Tabs.List>
            <Tabs.Trigger value="pending">To moderate</Tabs.Trigger>
            <Tabs.Trigger value="approved">Approved</Tabs.Trigger>
            <Tabs.Trigger value="rejected">Rejected</Tabs.Trigger>
          </Tabs.List>
        </Tabs>
      </div>
      {reviews && reviews.length === 0 && <Text className="px-6 py-4">No reviews here.</Text>}
      {reviews && reviews.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Written</Table.HeaderCell>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>Review</Table.HeaderCell>
              <Table.HeaderCell>{status === "pending" ? "Decide" : "Note"}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {reviews.map((review) => (
              <Table.Row key={review.id}>
                <Table.Cell>
                  {vietnamTime(review.created_at)}
                  <br />
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {review.reviewer_name} · {review.order_id}
                  </Text>
                </Table.Cell>
                <Table.Cell>{review.product?.title ?? "(product removed)"}</Table.Cell>
                <Table.Cell className="max-w-md whitespace-normal break-words">
                  <span aria-hidden="true">{STARS(review.rating)}</span> {review.rating}/5
                  <br />
                  {review.body}
                  {review.photo && (
                    <>
                      <br />
                      <ReviewPhoto photo={review.photo} />
                    </>
                  )}
                </Table.Cell>
                <Table.Cell>{status === "pending" ? <Decide review={review} onDecided={load} /> : (review.moderation_note ?? "")}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Reviews", icon: ChatBubbleLeftRight })
