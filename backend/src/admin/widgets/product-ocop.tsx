import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Select, Switch, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { adminApi } from "../lib/admin-api"

type Certificate = {
  id: string
  decision_number: string
  decision_date: string
  issuing_authority: string
  star_rating: number
  total_score: number
  score_a: number | null
  score_b: number | null
  score_c: number | null
  evaluation_kind: string
  valid_until: string
  verified: boolean
  is_sample: boolean
  document_url: string | null
  submitted_by_producer_id: string | null
  product_set?: { number: number; name_vi: string } | null
}
type ProductOcop = {
  producer: { id: string; name: string; province: { name: string } | null; commune: { name: string } | null } | null
  producer_status: string | null
  ocop: {
    standing: "certified" | "expired" | "unverified" | "awaiting_evaluation"
    star_rating: number | null
    current_certificate: { id: string } | null
    product_set: { number: number; name_vi: string } | null
    industry: { name_vi: string } | null
  }
  certificates: Certificate[]
}
type ProducerOption = { id: string; name: string; status: string }
type ProductSetOption = { id: string; number: number; name_vi: string }

const STANDING: Record<ProductOcop["ocop"]["standing"], { label: string; color: "green" | "orange" | "red" | "grey" }> = {
  certified: { label: "Certified: star mark shown", color: "green" },
  expired: { label: "Expired: no star mark", color: "red" },
  unverified: { label: "Not verified yet: no star mark", color: "orange" },
  awaiting_evaluation: { label: "Registered, awaiting evaluation", color: "grey" },
}

const day = (value: string) => new Date(value).toISOString().slice(0, 10)

const emptyForm = {
  decision_number: "",
  decision_date: "",
  issuing_authority: "",
  star_rating: "3",
  total_score: "",
  score_a: "",
  score_b: "",
  score_c: "",
  evaluation_kind: "new",
  product_set_id: "",
  verified: false,
}

/** The operator's OCOP panel on a product: its producer, product set and certificates. */
const ProductOcopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [ocop, setOcop] = useState<ProductOcop | null>(null)
  const [producers, setProducers] = useState<ProducerOption[]>([])
  const [productSets, setProductSets] = useState<ProductSetOption[]>([])
  const [form, setForm] = useState(emptyForm)
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const load = useCallback(async () => {
    const { product: loaded } = await adminApi<{ product: ProductOcop }>(`/admin/products/${product.id}/ocop`)
    setOcop(loaded)
  }, [product.id])

  useEffect(() => {
    load().catch((e: Error) => toast.error(e.message))
    adminApi<{ producers: ProducerOption[] }>("/admin/producers?limit=100")
      .then((r) => setProducers(r.producers))
      .catch((e: Error) => toast.error(e.message))
    adminApi<{ product_sets: ProductSetOption[] }>("/admin/ocop/product-sets")
      .then((r) => setProductSets(r.product_sets))
      .catch((e: Error) => toast.error(e.message))
  }, [load])

  const setLink = async (body: { producer_id?: string; product_set_id?: string }) => {
    try {
      const { product: updated } = await adminApi<{ product: ProductOcop }>(`/admin/products/${product.id}/ocop`, {
        method: "POST",
        body,
      })
      setOcop(updated)
      toast.success("Saved")
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  const verify = async (certificate: Certificate, verified: boolean) => {
    try {
      await adminApi(`/admin/certificates/${certificate.id}`, { method: "POST", body: { verified } })
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  const record = async (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    setSaving(true)
    const number = (value: string) => (value.trim() === "" ? null : Number(value))
    try {
      await adminApi(`/admin/products/${product.id}/certificates`, {
        method: "POST",
        body: {
          decision_number: form.decision_number,
          decision_date: form.decision_date,
          issuing_authority: form.issuing_authority,
          star_rating: Number(form.star_rating),
          total_score: Number(form.total_score),
          score_a: number(form.score_a),
          score_b: number(form.score_b),
          score_c: number(form.score_c),
          evaluation_kind: form.evaluation_kind,
          product_set_id: form.product_set_id || ocopProductSetId(),
          verified: form.verified,
        },
      })
      setForm(emptyForm)
      await load()
      toast.success("Certificate recorded")
    } catch (e) {
      // The form keeps what was typed so the operator only corrects the field named.
      setFormError((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const ocopProductSetId = () =>
    productSets.find((s) => s.number === ocop?.ocop.product_set?.number)?.id ?? ""

  if (!ocop) {
    return (
      <Container className="px-6 py-4">
        <Text size="small">Loading OCOP details…</Text>
      </Container>
    )
  }
  const standing = STANDING[ocop.ocop.standing]
  const field = (name: keyof typeof emptyForm) => ({
    id: `ocop-${name}`,
    value: String(form[name]),
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">OCOP</Heading>
        <Badge color={standing.color} size="small">
          {ocop.ocop.star_rating ? `${ocop.ocop.star_rating}★ · ` : ""}
          {standing.label}
        </Badge>
      </div>

      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div>
          <Label size="small" htmlFor="ocop-producer">Producer</Label>
          <Select value={ocop.producer?.id ?? ""} onValueChange={(producer_id) => setLink({ producer_id })}>
            <Select.Trigger id="ocop-producer">
              <Select.Value placeholder="Choose the producer" />
            </Select.Trigger>
            <Select.Content>
              {producers.map((p) => (
                <Select.Item key={p.id} value={p.id}>
                  {p.name}
                  {p.status !== "approved" ? ` (${p.status})` : ""}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          {ocop.producer && (
            <Text size="small" className="text-ui-fg-subtle mt-1">
              {[ocop.producer.commune?.name, ocop.producer.province?.name].filter(Boolean).join(", ")} ·{" "}
              {ocop.producer_status}
            </Text>
          )}
        </div>
        <div>
          <Label size="small" htmlFor="ocop-product-set">Product set (Decision 148)</Label>
          <Select
            value={productSets.find((s) => s.number === ocop.ocop.product_set?.number)?.id ?? ""}
            onValueChange={(product_set_id) => setLink({ product_set_id })}
          >
            <Select.Trigger id="ocop-product-set">
              <Select.Value placeholder="Choose the product set" />
            </Select.Trigger>
            <Select.Content>
              {productSets.map((s) => (
                <Select.Item key={s.id} value={s.id}>
                  {s.number}. {s.name_vi}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          {ocop.ocop.industry && (
            <Text size="small" className="text-ui-fg-subtle mt-1">{ocop.ocop.industry.name_vi}</Text>
          )}
        </div>
      </div>

      <div className="px-6 py-4">
        <Heading level="h3" className="mb-2">Certificates</Heading>
        {ocop.certificates.some((c) => !c.verified && c.submitted_by_producer_id) && (
          <Text size="small" className="mb-2">
            <Badge color="orange">Waiting for your check</Badge> The producer uploaded a certificate: open its decision document, compare the
            number, date, issuer, star and score, then switch it to verified. Until then it gives no star mark.
          </Text>
        )}
        {ocop.certificates.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">No certificate yet: shown to buyers as awaiting evaluation.</Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Decision</Table.HeaderCell>
                <Table.HeaderCell>Stars</Table.HeaderCell>
                <Table.HeaderCell>Valid until</Table.HeaderCell>
                <Table.HeaderCell>Verified</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {ocop.certificates.map((c) => (
                <Table.Row key={c.id}>
                  <Table.Cell>
                    <div className="flex flex-col py-1">
                      <span>{c.decision_number}{c.is_sample ? " (sample)" : ""}</span>
                      <span className="text-ui-fg-subtle txt-compact-xsmall">
                        {day(c.decision_date)} · {c.issuing_authority} · {c.evaluation_kind.replace("_", "-")}
                      </span>
                      {c.document_url && (
                        <a href={c.document_url} target="_blank" rel="noreferrer" className="txt-compact-xsmall text-ui-fg-interactive">
                          Decision document
                        </a>
                      )}
                      {!c.verified && c.submitted_by_producer_id && (
                        <span>
                          <Badge size="2xsmall" color="orange">Uploaded by the producer: pending</Badge>
                        </span>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    {c.star_rating}★ ({c.total_score})
                    {ocop.ocop.current_certificate?.id === c.id ? " · current" : ""}
                  </Table.Cell>
                  <Table.Cell>{day(c.valid_until)}</Table.Cell>
                  <Table.Cell>
                    <Switch
                      aria-label={`Verified: ${c.decision_number}`}
                      checked={c.verified}
                      onCheckedChange={(checked) => verify(c, checked)}
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>

      <form className="flex flex-col gap-y-2 px-6 py-4" onSubmit={record}>
        <Heading level="h3">Record a certificate</Heading>
        <div className="grid grid-cols-2 gap-2">
          <div>
            <Label size="xsmall" htmlFor="ocop-decision_number">Decision number</Label>
            <Input size="small" placeholder="2751/QĐ-UBND" required {...field("decision_number")} />
          </div>
          <div>
            <Label size="xsmall" htmlFor="ocop-decision_date">Decision date</Label>
            <Input size="small" type="date" required {...field("decision_date")} />
          </div>
          <div className="col-span-2">
            <Label size="xsmall" htmlFor="ocop-issuing_authority">Issuing authority</Label>
            <Input size="small" placeholder="UBND tỉnh Ninh Bình" required {...field("issuing_authority")} />
          </div>
          <div>
            <Label size="xsmall" htmlFor="ocop-star_rating">Stars</Label>
            <Input size="small" type="number" min={3} max={5} required {...field("star_rating")} />
          </div>
          <div>
            <Label size="xsmall" htmlFor="ocop-total_score">Total score</Label>
            <Input size="small" type="number" min={0} max={100} required {...field("total_score")} />
          </div>
          <div>
            <Label size="xsmall" htmlFor="ocop-score_a">A (of 40)</Label>
            <Input size="small" type="number" min={0} max={40} {...field("score_a")} />
          </div>
          <div>
            <Label size="xsmall" htmlFor="ocop-score_b">B (of 25)</Label>
            <Input size="small" type="number" min={0} max={25} {...field("score_b")} />
          </div>
          <div>
            <Label size="xsmall" htmlFor="ocop-score_c">C (of 35)</Label>
            <Input size="small" type="number" min={0} max={35} {...field("score_c")} />
          </div>
          <div>
            <Label size="xsmall" htmlFor="ocop-evaluation_kind">Evaluation</Label>
            <Select value={form.evaluation_kind} onValueChange={(evaluation_kind) => setForm({ ...form, evaluation_kind })}>
              <Select.Trigger id="ocop-evaluation_kind">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="new">New</Select.Item>
                <Select.Item value="re_evaluation">Re-evaluation</Select.Item>
                <Select.Item value="upgrade">Upgrade (nâng hạng)</Select.Item>
              </Select.Content>
            </Select>
          </div>
        </div>
        <div className="flex items-center gap-x-2">
          <Switch id="ocop-verified" checked={form.verified} onCheckedChange={(verified) => setForm({ ...form, verified })} />
          <Label size="xsmall" htmlFor="ocop-verified">Verified against the signed decision</Label>
        </div>
        {formError && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {formError}
          </Text>
        )}
        <Button size="small" type="submit" isLoading={saving}>
          Record certificate
        </Button>
      </form>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductOcopWidget
