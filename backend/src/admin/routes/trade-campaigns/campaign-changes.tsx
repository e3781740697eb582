/** A campaign row's actions on the Trade campaigns page: change its texts, banner and window in a drawer, or end it now after a confirmation. */
import { Button, Drawer, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useState } from "react"
import { adminApi, uploadPhoto } from "../../lib/admin-api"
import { vietnamTime } from "../../lib/format"

export type ChangeableCampaign = {
  id: string
  name_vi: string
  name_en: string
  summary_vi?: string | null
  summary_en?: string | null
  banner?: unknown
  starts_at: string
  ends_at: string
}

/** A moment as a datetime-local field holds it in Vietnam's time (UTC+7 all year), "2026-12-04T08:00". */
const vietnamInput = (value: string) => new Date(new Date(value).getTime() + 7 * 3_600_000).toISOString().slice(0, 16)

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

function EditCampaign({ campaign, onChanged }: { campaign: ChangeableCampaign; onChanged: () => Promise<void> }) {
  const started = new Date(campaign.starts_at).getTime() <= Date.now()
  const initial = {
    name_vi: campaign.name_vi,
    name_en: campaign.name_en,
    summary_vi: campaign.summary_vi ?? "",
    summary_en: campaign.summary_en ?? "",
    starts_at: vietnamInput(campaign.starts_at),
    ends_at: vietnamInput(campaign.ends_at),
  }
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState(initial)
  const [banner, setBanner] = useState<File | null>(null)
  const [removeBanner, setRemoveBanner] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const set = (field: keyof typeof initial) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [field]: event.target.value }))
  const ids = (field: string) => `campaign-${campaign.id}-${field}`

  const openDrawer = (next: boolean) => {
    if (next) {
      setDraft(initial)
      setBanner(null)
      setRemoveBanner(false)
      setProblem(null)
    }
    setOpen(next)
  }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      const banner_url = banner ? await uploadPhoto(banner) : removeBanner ? null : undefined
      await adminApi(`/admin/trade-campaigns/${campaign.id}`, {
        method: "POST",
        body: {
          name_vi: draft.name_vi,
          name_en: draft.name_en,
          summary_vi: draft.summary_vi.trim() || null,
          summary_en: draft.summary_en.trim() || null,
          ...(banner_url !== undefined ? { banner_url } : {}),
          // A time is sent only when it was changed: the field holds minutes, the campaign may hold seconds.
          ...(draft.starts_at !== initial.starts_at ? { starts_at: draft.starts_at } : {}),
          ...(draft.ends_at !== initial.ends_at ? { ends_at: draft.ends_at } : {}),
        },
      })
      toast.success(`"${draft.name_vi}" is saved; the shop shows the change at once.`)
      setOpen(false)
      await onChanged()
    } catch (error) {
      // The backend's sentence says what to change; what was typed stays.
      setProblem((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={openDrawer}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Edit
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        <form onSubmit={save} className="flex h-full flex-col" aria-label={`Edit ${campaign.name_vi}`}>
          <Drawer.Header>
            <Drawer.Title>Edit campaign</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-3 overflow-y-auto">
            {problem && (
              <Text className="text-ui-fg-error" role="alert">
                {problem}
              </Text>
            )}
            <Text size="small" className="text-ui-fg-subtle">
              Its address, products and discount stay as they were made.
            </Text>
            <Field id={ids("name_vi")} label="Name (Vietnamese)">
              <Input id={ids("name_vi")} value={draft.name_vi} onChange={set("name_vi")} />
            </Field>
            <Field id={ids("name_en")} label="Name (English)">
              <Input id={ids("name_en")} value={draft.name_en} onChange={set("name_en")} />
            </Field>
            <Field id={ids("summary_vi")} label="Summary (Vietnamese, optional)">
              <Textarea id={ids("summary_vi")} rows={3} value={draft.summary_vi} onChange={set("summary_vi")} />
            </Field>
            <Field id={ids("summary_en")} label="Summary (English, optional)">
              <Textarea id={ids("summary_en")} rows={3} value={draft.summary_en} onChange={set("summary_en")} />
            </Field>
            <Field id={ids("starts_at")} label={started ? "Starts (Vietnam's time; it has started, so its start stays)" : "Starts (Vietnam's time)"}>
              <Input id={ids("starts_at")} type="datetime-local" value={draft.starts_at} onChange={set("starts_at")} disabled={started} />
            </Field>
            <Field id={ids("ends_at")} label="Ends (Vietnam's time)">
              <Input id={ids("ends_at")} type="datetime-local" value={draft.ends_at} onChange={set("ends_at")} />
            </Field>
            <Field id={ids("banner")} label={campaign.banner ? "A new banner (optional; it replaces the one it has)" : "Banner (a wide photo; optional)"}>
              <input id={ids("banner")} type="file" accept="image/*" onChange={(event) => setBanner(event.target.files?.[0] ?? null)} />
            </Field>
            {!!campaign.banner && !banner && (
              <label className="txt-compact-small flex items-center gap-2">
                <input type="checkbox" checked={removeBanner} onChange={(event) => setRemoveBanner(event.target.checked)} />
                Take its banner off
              </label>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={busy}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

function EndCampaign({ campaign, onChanged }: { campaign: ChangeableCampaign; onChanged: () => Promise<void> }) {
  const [busy, setBusy] = useState(false)
  const end = async () => {
    const question = `End "${campaign.name_vi}" now? It was to run until ${vietnamTime(campaign.ends_at)}. The home page stops showing it and no new cart gets its discount; it cannot be started again.`
    if (!window.confirm(question)) return
    setBusy(true)
    try {
      await adminApi(`/admin/trade-campaigns/${campaign.id}/end`, { method: "POST" })
      toast.success(`"${campaign.name_vi}" has ended; the shop no longer shows it.`)
      await onChanged()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button size="small" variant="danger" onClick={end} isLoading={busy}>
      End now
    </Button>
  )
}

/** Edit while it has not ended; End now while it runs. An ended campaign stays as it ran. */
export function CampaignChanges({ campaign, live, onChanged }: { campaign: ChangeableCampaign; live: boolean; onChanged: () => Promise<void> }) {
  if (new Date(campaign.ends_at).getTime() <= Date.now()) return <Text size="small" className="text-ui-fg-subtle">Ended</Text>
  return (
    <div className="flex gap-2">
      <EditCampaign campaign={campaign} onChanged={onChanged} />
      {live && <EndCampaign campaign={campaign} onChanged={onChanged} />}
    </div>
  )
}
