/** A campaign's livestreams and videos on YouTube, TikTok or Facebook, which its page shows as link cards: the list, adding one, taking one off. */
import { Button, Input, Text, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { adminApi } from "../../lib/admin-api"
import { useAdminRead } from "../../lib/admin-page"
import { vietnamTime } from "../../lib/format"
import { SELECT_CLASS } from "../../lib/unit-picker"

type VideoLink = { id: string; url: string; platform: string; title: string; kind: "live" | "replay"; starts_at: string | null }

export function CampaignVideoLinks({ campaign }: { campaign: { id: string; name_vi: string } }) {
  const { data, problem, reload } = useAdminRead<{ video_links: VideoLink[] }>(`/admin/trade-campaigns/${campaign.id}/video-links`)
  const [url, setUrl] = useState("")
  const [title, setTitle] = useState("")
  const [kind, setKind] = useState<VideoLink["kind"]>("replay")
  const [startsAt, setStartsAt] = useState("")
  const [busy, setBusy] = useState(false)

  const attach = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      await adminApi(`/admin/trade-campaigns/${campaign.id}/video-links`, {
        method: "POST",
        // The time is typed as Vietnam's wall clock, whatever the operator's computer says.
        body: { url, title, kind, starts_at: startsAt ? `${startsAt}:00+07:00` : null },
      })
      toast.success(`The video shows on the page of ${campaign.name_vi} as a link card within a minute.`)
      setUrl("")
      setTitle("")
      setStartsAt("")
      await reload()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const remove = async (video: VideoLink) => {
    try {
      await adminApi(`/admin/video-links/${video.id}`, { method: "DELETE" })
      toast.success(`"${video.title}" is off the campaign's page.`)
      await reload()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <div className="flex flex-col gap-1">
      {problem && (
        <Text size="xsmall" className="text-ui-fg-error" role="alert">
          {problem}
        </Text>
      )}
      {(data?.video_links ?? []).map((video) => (
        <div key={video.id} className="flex items-center gap-2">
          <a className="text-ui-fg-interactive txt-compact-xsmall" href={video.url} target="_blank" rel="noopener noreferrer nofollow">
            {new URL(video.url).hostname}: {video.title}
          </a>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {video.kind === "live" ? "live" : "replay"}
            {video.starts_at ? `, ${vietnamTime(video.starts_at)}` : ""}
          </Text>
          <Button size="small" variant="transparent" type="button" onClick={() => remove(video)} aria-label={`Remove ${video.title}`}>
            Remove
          </Button>
        </div>
      ))}
      <form onSubmit={attach} className="flex flex-wrap items-center gap-2" aria-label={`Video for ${campaign.name_vi}`}>
        <Input size="small" aria-label="Video address" placeholder="https://www.tiktok.com/… or YouTube, Facebook" value={url} onChange={(event) => setUrl(event.target.value)} />
        <Input size="small" aria-label="Video title" placeholder="Title on the card" value={title} onChange={(event) => setTitle(event.target.value)} />
        <select aria-label="Video kind" className={SELECT_CLASS} value={kind} onChange={(event) => setKind(event.target.value as VideoLink["kind"])}>
          <option value="replay">Recorded video</option>
          <option value="live">Livestream</option>
        </select>
        <Input size="small" type="datetime-local" aria-label="Streams at (Vietnam's time, optional)" value={startsAt} onChange={(event) => setStartsAt(event.target.value)} />
        <Button size="small" variant="secondary" type="submit" isLoading={busy} disabled={!url.trim() || !title.trim()}>
          Add video
        </Button>
      </form>
    </div>
  )
}
