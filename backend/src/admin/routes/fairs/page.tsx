import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid } from "@medusajs/icons"
import { Button, Checkbox, Container, Heading, Input, Label, Table, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useEffect, useRef, useState } from "react"
import { adminApi } from "../../lib/admin-api"
import { PageIntro, useAdminRead } from "../../lib/admin-page"
import { vietnamDay } from "../../lib/format"
import { UnitPicker } from "../../lib/unit-picker"

type Fair = {
  id: string
  handle: string
  name: string
  name_en: string | null
  description: string | null
  starts_on: string
  ends_on: string
  venue: string
  province_code: string
  commune_code: string
  province_name: string | null
  commune_name: string | null
  producers: { id: string; name: string }[]
  video_links: { id: string; title: string; platform: string }[]
  page_url: string
  poster_url: string
}

type Producer = { id: string; name: string; province_code: string }

const NEW_FAIR = { name: "", name_en: "", handle: "", starts_on: "", ends_on: "", venue: "", description: "" }
/** The producers taking part: the approved ones, those of the fair's province first. */
function ProducerChoice({ provinceCode, chosen, onChange }: { provinceCode: string; chosen: string[]; onChange: (ids: string[]) => void }) {
  const { data } = useAdminRead<{ producers: Producer[] }>("/admin/producers?status=approved&limit=100")
  const producers = [...(data?.producers ?? [])].sort(
    (a, b) => Number(b.province_code === provinceCode) - Number(a.province_code === provinceCode) || a.name.localeCompare(b.name, "vi"),
  )
  const toggle = (id: string) => onChange(chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id])
  return (
    <fieldset className="flex flex-col gap-1 md:col-span-2">
      <legend className="txt-compact-xsmall-plus mb-1">Producers taking part ({chosen.length})</legend>
      <div className="grid max-h-56 grid-cols-1 gap-1 overflow-y-auto rounded-md border p-2 md:grid-cols-2">
        {producers.map((producer) => (
          <div key={producer.id} className="flex items-center gap-2">
            <Checkbox id={`fair-producer-${producer.id}`} checked={chosen.includes(producer.id)} onCheckedChange={() => toggle(producer.id)} />
            <Label htmlFor={`fair-producer-${producer.id}`} size="small">
              {producer.name}
            </Label>
          </div>
        ))}
      </div>
    </fieldset>
  )
}

/** The form's fields of a fair that exists, to change. */
function draftOf(fair: Fair): typeof NEW_FAIR {
  return {
    name: fair.name,
    name_en: fair.name_en ?? "",
    handle: fair.handle,
    starts_on: fair.starts_on,
    ends_on: fair.ends_on,
    venue: fair.venue,
    description: fair.description ?? "",
  }
}

/**
 * A new fair, or a change to one (`fair`): its days, its place (a 2025 commune and the venue in it)
 * and the producers taking part. A fair's handle stays as it was made, as its printed posters point to it.
 */
function FairForm({ fair, onSaved, onCancel }: { fair?: Fair; onSaved: (fair: Fair) => void; onCancel?: () => void }) {
  const [fields, setFields] = useState(fair ? draftOf(fair) : NEW_FAIR)
  const [units, setUnits] = useState({ province_code: fair?.province_code ?? "", commune_code: fair?.commune_code ?? "" })
  const [producerIds, setProducerIds] = useState<string[]>(fair?.producers.map((producer) => producer.id) ?? [])
  const [busy, setBusy] = useState(false)
  const [made, setMade] = useState(0)
  const form = useRef<HTMLFormElement>(null)
  // The list is below the form: a fair chosen to change brings its form into view.
  useEffect(() => {
    if (fair) form.current?.scrollIntoView({ block: "start" })
  }, [fair])
  const field = (name: keyof typeof NEW_FAIR) => ({
    id: `fair-${name}`,
    size: "small" as const,
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields((current) => ({ ...current, [name]: event.target.value })),
  })
  const save = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const { handle: _handle, ...changes } = fields
      const texts = { name_en: fields.name_en.trim() || null, description: fields.description.trim() || null }
      const saved = fair
        ? await adminApi<{ fair: Fair }>(`/admin/fairs/${fair.id}`, { method: "POST", body: { ...changes, ...texts, ...units, producer_ids: producerIds } })
        : await adminApi<{ fair: Fair }>("/admin/fairs", {
            method: "POST",
            body: { ...fields, name_en: texts.name_en ?? undefined, description: texts.description ?? undefined, ...units, producer_ids: producerIds },
          })
      if (fair) {
        toast.success(`${saved.fair.name} is changed, with ${saved.fair.producers.length} producers; its page follows within a minute.`)
      } else {
        toast.success(`${saved.fair.name} is recorded with ${saved.fair.producers.length} producers. Print its poster from the list.`)
        setFields(NEW_FAIR)
        setProducerIds([])
        setMade((count) => count + 1)
      }
      onSaved(saved.fair)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const text = (name: keyof typeof NEW_FAIR, label: string, placeholder: string, type = "text") => (
    <div className="flex flex-col gap-1">
      <Label htmlFor={`fair-${name}`} size="xsmall">
        {label}
      </Label>
      <Input {...field(name)} type={type} placeholder={placeholder} />
    </div>
  )
  const title = fair ? `Change ${fair.name}` : "New fair"
  return (
    <form ref={form} onSubmit={save} className="flex flex-col gap-3 px-6 py-4" aria-label={title}>
      <Heading level="h2">{title}</Heading>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        {text("name", "Name (Vietnamese, as the poster says it)", "Hội chợ sản phẩm OCOP …")}
        {text("name_en", "Name in English (optional)", "… OCOP products fair")}
        {fair ? (
          <Text size="xsmall" className="text-ui-fg-subtle self-end">
            Its page's address stays /hoi-cho/{fair.handle}: printed posters point to it.
          </Text>
        ) : (
          text("handle", "Handle (the page's address: lower-case letters, digits and dashes)", "hoi-cho-ocop-hai-hau-2026")
        )}
        {text("venue", "Venue in the commune", "Sân vận động thị trấn Yên Định")}
        {text("starts_on", "First day", "", "date")}
        {text("ends_on", "Last day", "", "date")}
        <UnitPicker key={made} idPrefix="fair" initial={fair && { province_code: fair.province_code, commune_code: fair.commune_code }} onChange={setUnits} />
        <div className="flex flex-col gap-1 md:col-span-2">
          <Label htmlFor={`fair-description`} size="xsmall">
            What visitors find there (optional)
          </Label>
          <Textarea {...field("description")} rows={2} />
        </div>
        <ProducerChoice key={`producers-${made}`} provinceCode={units.province_code} chosen={producerIds} onChange={setProducerIds} />
      </div>
      <div className="flex gap-2">
        <Button
          size="small"
          type="submit"
          isLoading={busy}
          disabled={!fields.name.trim() || !fields.handle.trim() || !fields.starts_on || !fields.ends_on || !fields.venue.trim() || !units.commune_code}
        >
          {fair ? "Save changes" : "Create fair"}
        </Button>
        {onCancel && (
          <Button size="small" variant="secondary" type="button" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  )
}

/** A livestream or video on YouTube, TikTok or Facebook for a fair's page. */
function AttachVideo({ fair, onAttached }: { fair: Fair; onAttached: () => void }) {
  const [url, setUrl] = useState("")
  const [title, setTitle] = useState("")
  const attach = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await adminApi(`/admin/fairs/${fair.id}/video-links`, { method: "POST", body: { url, title } })
      toast.success(`The video shows on ${fair.name}'s page as a link card.`)
      setUrl("")
      setTitle("")
      onAttached()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }
  return (
    <form onSubmit={attach} className="flex flex-wrap items-center gap-2" aria-label={`Video for ${fair.name}`}>
      <Input size="small" aria-label="Video address" placeholder="https://www.youtube.com/…" value={url} onChange={(event) => setUrl(event.target.value)} />
      <Input size="small" aria-label="Video title" placeholder="Title" value={title} onChange={(event) => setTitle(event.target.value)} />
      <Button size="small" variant="secondary" type="submit" disabled={!url.trim() || !title.trim()}>
        Add video
      </Button>
    </form>
  )
}

const FairsPage = () => {
  const { data, problem, reload } = useAdminRead<{ fairs: Fair[] }>("/admin/fairs")
  const [editing, setEditing] = useState<Fair | null>(null)
  const fairs = data?.fairs ?? []
  return (
    <Container className="divide-y p-0">
      <PageIntro title="Fairs" problem={problem}>
        Trade fairs (hội chợ) and the producers taking part. Each fair has a page on the shop, which visitors open on their phones from the QR code
        of its poster: print the poster on A4 and put it at the entrance and the stalls.
      </PageIntro>
      {editing ? (
        <FairForm
          key={editing.id}
          fair={editing}
          onSaved={() => {
            setEditing(null)
            reload()
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <FairForm onSaved={() => reload()} />
      )}
      <div className="px-6 py-4">
        <Heading level="h2">Fairs</Heading>
        {fairs.length === 0 ? (
          <Text size="small">No fairs yet.</Text>
        ) : (
          <Table aria-label="Fairs">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Fair</Table.HeaderCell>
                <Table.HeaderCell>Days</Table.HeaderCell>
                <Table.HeaderCell>Place</Table.HeaderCell>
                <Table.HeaderCell>Producers</Table.HeaderCell>
                <Table.HeaderCell>Page and poster</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {fairs.map((fair) => (
                <Table.Row key={fair.id}>
                  <Table.Cell>
                    <div className="flex flex-col gap-1 py-2">
                      <div className="flex items-center gap-2">
                        <Text size="small" weight="plus">
                          {fair.name}
                        </Text>
                        <Button
                          size="small"
                          variant="transparent"
                          type="button"
                          aria-label={`Change ${fair.name}`}
                          onClick={() => setEditing(fair)}
                        >
                          Edit
                        </Button>
                      </div>
                      <AttachVideo fair={fair} onAttached={() => reload()} />
                      {fair.video_links.length > 0 && <Text size="xsmall">{fair.video_links.map((video) => video.title).join(" · ")}</Text>}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    {vietnamDay(fair.starts_on)} – {vietnamDay(fair.ends_on)}
                  </Table.Cell>
                  <Table.Cell>{[fair.venue, fair.commune_name, fair.province_name].filter(Boolean).join(", ")}</Table.Cell>
                  <Table.Cell>{fair.producers.length}</Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-col gap-1">
                      <a className="text-ui-fg-interactive" href={fair.page_url} target="_blank" rel="noreferrer">
                        Open page
                      </a>
                      <a className="text-ui-fg-interactive" href={fair.poster_url} target="_blank" rel="noreferrer">
                        Print poster
                      </a>
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Fairs", icon: CalendarSolid })

export default FairsPage
