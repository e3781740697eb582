import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useState } from "react"
import { adminApi, uploadPhoto } from "../../lib/admin-api"
import { PageIntro, useAdminRead } from "../../lib/admin-page"
import { vnd, vietnamTime } from "../../lib/format"
import { SELECT_CLASS, type Unit } from "../../lib/unit-picker"
import { CampaignChanges, type ChangeableCampaign } from "./campaign-changes"
import { CampaignVideoLinks } from "./campaign-video-links"

type Campaign = ChangeableCampaign & {
  handle: string
  province_code: string | null
  industry_code: string | null
  star_rating: number | null
  product_ids: string[]
  discount: { type: "percentage" | "fixed"; value: number } | null
  per_buyer_limit: number | null
  budget: number | null
  budget_used: number
  live: boolean
}

type ProductSet = { industry: { code: string; name_en: string } | null }

/** The form's fields as typed; numbers stay text until they are sent, so a half-typed one is not lost. */
type Draft = {
  name_vi: string
  name_en: string
  summary_vi: string
  summary_en: string
  starts_at: string
  ends_at: string
  province_code: string
  industry_code: string
  star_rating: string
  discount_type: "" | "percentage" | "fixed"
  discount_value: string
  per_buyer_limit: string
  budget: string
}

const EMPTY: Draft = {
  name_vi: "",
  name_en: "",
  summary_vi: "",
  summary_en: "",
  starts_at: "",
  ends_at: "",
  province_code: "",
  industry_code: "",
  star_rating: "",
  discount_type: "",
  discount_value: "",
  per_buyer_limit: "",
  budget: "",
}

/** A typed whole number, or null when the field is empty; the backend refuses anything else with a sentence. */
const wholeOrNull = (text: string) => (text.trim() === "" ? null : Number(text.replace(/[.\s]/g, "")))

function discountText(campaign: Campaign): string {
  if (!campaign.discount) return "No discount"
  return campaign.discount.type === "percentage" ? `${campaign.discount.value} % off` : `${vnd(campaign.discount.value)} off each`
}

function ruleText(campaign: Campaign, provinces: Unit[]): string {
  const parts = [
    campaign.province_code && (provinces.find((unit) => unit.code === campaign.province_code)?.name ?? campaign.province_code),
    campaign.industry_code && `industry ${campaign.industry_code}`,
    campaign.star_rating && `${campaign.star_rating}★`,
  ].filter(Boolean)
  return parts.length ? parts.join(" · ") : "chosen by hand"
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id} size="xsmall">
        {label}
      </Label>
      {children}
    </div>
  )
}

function CreateCampaign({ provinces, industries, onCreated }: { provinces: Unit[]; industries: { code: string; name: string }[]; onCreated: () => Promise<void> }) {
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [banner, setBanner] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const set = (field: keyof Draft) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [field]: event.target.value }))

  const create = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      const banner_url = banner ? await uploadPhoto(banner) : undefined
      const { campaign } = await adminApi<{ campaign: { name_vi: string; product_ids: string[] } }>("/admin/trade-campaigns", {
        method: "POST",
        body: {
          name_vi: draft.name_vi,
          name_en: draft.name_en,
          summary_vi: draft.summary_vi.trim() || null,
          summary_en: draft.summary_en.trim() || null,
          banner_url,
          starts_at: draft.starts_at,
          ends_at: draft.ends_at,
          province_code: draft.province_code || null,
          industry_code: draft.industry_code || null,
          star_rating: wholeOrNull(draft.star_rating),
          discount: draft.discount_type ? { type: draft.discount_type, value: wholeOrNull(draft.discount_value) } : null,
          per_buyer_limit: draft.discount_type ? wholeOrNull(draft.per_buyer_limit) : null,
          budget: draft.discount_type ? wholeOrNull(draft.budget) : null,
        },
      })
      toast.success(`"${campaign.name_vi}" is made with ${campaign.product_ids.length} products; the shop shows it within a minute of its start.`)
      setDraft(EMPTY)
      setBanner(null)
      await onCreated()
    } catch (error) {
      // The backend's sentence names the field it refused; everything typed stays for the fix.
      setProblem((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={create} className="flex flex-col gap-3 px-6 py-4" aria-label="New campaign">
      <Heading level="h2">New campaign</Heading>
      {problem && (
        <Text className="text-ui-fg-error" role="alert">
          {problem}
        </Text>
      )}
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id="campaign-name_vi" label="Name (Vietnamese)">
          <Input id="campaign-name_vi" value={draft.name_vi} onChange={set("name_vi")} />
        </Field>
        <Field id="campaign-name_en" label="Name (English)">
          <Input id="campaign-name_en" value={draft.name_en} onChange={set("name_en")} />
        </Field>
        <Field id="campaign-summary_vi" label="Summary (Vietnamese, optional)">
          <Textarea id="campaign-summary_vi" rows={2} value={draft.summary_vi} onChange={set("summary_vi")} />
        </Field>
        <Field id="campaign-summary_en" label="Summary (English, optional)">
          <Textarea id="campaign-summary_en" rows={2} value={draft.summary_en} onChange={set("summary_en")} />
        </Field>
        <Field id="campaign-starts_at" label="Starts (Vietnam's time)">
          <Input id="campaign-starts_at" type="datetime-local" value={draft.starts_at} onChange={set("starts_at")} />
        </Field>
        <Field id="campaign-ends_at" label="Ends (Vietnam's time)">
          <Input id="campaign-ends_at" type="datetime-local" value={draft.ends_at} onChange={set("ends_at")} />
        </Field>
      </div>
      <Field id="campaign-banner" label="Banner (a wide photo, JPEG, PNG, WebP or AVIF; optional)">
        <input id="campaign-banner" type="file" accept="image/*" onChange={(event) => setBanner(event.target.files?.[0] ?? null)} />
      </Field>
      <fieldset className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <legend className="txt-compact-xsmall-plus mb-1">Products: every product on sale that matches all that is chosen</legend>
        <Field id="campaign-province" label="Province (since 2025-07-01)">
          <select id="campaign-province" className={SELECT_CLASS} value={draft.province_code} onChange={set("province_code")}>
            <option value="">Any province</option>
            {provinces.map((unit) => (
              <option key={unit.code} value={unit.code}>
                {unit.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="campaign-industry" label="Industry (Decision 148)">
          <select id="campaign-industry" className={SELECT_CLASS} value={draft.industry_code} onChange={set("industry_code")}>
            <option value="">Any industry</option>
            {industries.map((industry) => (
              <option key={industry.code} value={industry.code}>
                {industry.code}. {industry.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="campaign-stars" label="Stars">
          <select id="campaign-stars" className={SELECT_CLASS} value={draft.star_rating} onChange={set("star_rating")}>
            <option value="">Any stars</option>
            {[3, 4, 5].map((stars) => (
              <option key={stars} value={stars}>
                {stars}★
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      <fieldset className="grid grid-cols-1 gap-3 md:grid-cols-4">
        <legend className="txt-compact-xsmall-plus mb-1">Discount (a Medusa promotion, applied in the cart while the campaign runs)</legend>
        <Field id="campaign-discount_type" label="Kind">
          <select id="campaign-discount_type" className={SELECT_CLASS} value={draft.discount_type} onChange={set("discount_type")}>
            <option value="">No discount</option>
            <option value="percentage">Percentage off</option>
            <option value="fixed">Đồng off each unit</option>
          </select>
        </Field>
        <Field id="campaign-discount_value" label={draft.discount_type === "fixed" ? "Đồng off each unit" : "Percent off"}>
          <Input id="campaign-discount_value" inputMode="numeric" value={draft.discount_value} onChange={set("discount_value")} disabled={!draft.discount_type} />
        </Field>
        <Field id="campaign-per_buyer_limit" label="Orders per buyer (optional)">
          <Input id="campaign-per_buyer_limit" inputMode="numeric" value={draft.per_buyer_limit} onChange={set("per_buyer_limit")} disabled={!draft.discount_type} />
        </Field>
        <Field id="campaign-budget" label="Budget in đồng (optional)">
          <Input id="campaign-budget" inputMode="numeric" value={draft.budget} onChange={set("budget")} disabled={!draft.discount_type} />
        </Field>
      </fieldset>
      <div>
        <Button size="small" type="submit" isLoading={busy}>
          Create campaign
        </Button>
      </div>
    </form>
  )
}

const CampaignsPage = () => {
  const { data, problem, reload } = useAdminRead<{ campaigns: Campaign[] }>("/admin/trade-campaigns")
  const units = useAdminRead<{ provinces: Unit[] }>("/admin/admin-units")
  const sets = useAdminRead<{ product_sets: ProductSet[] }>("/admin/ocop/product-sets")
  const provinces = units.data?.provinces ?? []
  const industries = [
    ...new Map((sets.data?.product_sets ?? []).flatMap((set) => (set.industry ? [[set.industry.code, { code: set.industry.code, name: set.industry.name_en }] as const] : []))).values(),
  ]
  const campaigns = data?.campaigns
  return (
    <Container className="divide-y p-0">
      <PageIntro title="Trade campaigns" problem={problem ?? units.problem ?? sets.problem}>
        Trade-promotion campaigns (chiến dịch xúc tiến thương mại): the home page shows the live ones, each has its own page, and its price shows
        on every card and product page while it runs. It starts and ends by itself at its times; its budget and limit per buyer hold however
        many buyers check out at once.
      </PageIntro>
      {campaigns && campaigns.length === 0 && <Text className="px-6 py-4">No campaign yet.</Text>}
      {campaigns && campaigns.length > 0 && (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Campaign</Table.HeaderCell>
                <Table.HeaderCell>When</Table.HeaderCell>
                <Table.HeaderCell>Products</Table.HeaderCell>
                <Table.HeaderCell>Discount</Table.HeaderCell>
                <Table.HeaderCell>Budget spent</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="sr-only">Changes</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {campaigns.map((campaign) => (
                <Table.Row key={campaign.id}>
                  <Table.Cell>
                    <div className="flex flex-col py-1">
                      <span>
                        {campaign.name_vi} {campaign.live && <Badge size="2xsmall" color="green">Live</Badge>}
                      </span>
                      <span className="text-ui-fg-subtle txt-compact-xsmall">/chien-dich/{campaign.handle}</span>
                      <CampaignVideoLinks campaign={campaign} />
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    {vietnamTime(campaign.starts_at)} – {vietnamTime(campaign.ends_at)}
                  </Table.Cell>
                  <Table.Cell>
                    {campaign.product_ids.length} ({ruleText(campaign, provinces)})
                  </Table.Cell>
                  <Table.Cell>
                    {discountText(campaign)}
                    {campaign.per_buyer_limit ? `, ${campaign.per_buyer_limit} per buyer` : ""}
                  </Table.Cell>
                  <Table.Cell>{campaign.budget ? `${vnd(campaign.budget_used)} of ${vnd(campaign.budget)}` : campaign.discount ? vnd(campaign.budget_used) : "–"}</Table.Cell>
                  <Table.Cell>
                    <CampaignChanges campaign={campaign} live={campaign.live} onChanged={reload} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <CreateCampaign provinces={provinces} industries={industries} onCreated={reload} />
    </Container>
  )
}

// Medusa's own promotion campaigns hold /app/campaigns; these are the shop's, each linked to one of them.
export const config = defineRouteConfig({ label: "Trade campaigns", icon: Tag })

export default CampaignsPage
