/**
 * Trade promotion's shared rules: which livestream and short-video links the shop accepts (the
 * backend refuses others, the storefront names the platform on the card), and whether a fair is
 * on, coming or over on a Vietnamese day.
 */

export const VIDEO_PLATFORMS = ["youtube", "tiktok", "facebook"] as const
export type VideoPlatform = (typeof VIDEO_PLATFORMS)[number]

/** A link is a livestream (live or to come) or a recorded video (a replay, a short clip). */
export const VIDEO_KINDS = ["live", "replay"] as const
export type VideoKind = (typeof VIDEO_KINDS)[number]

export const VIDEO_PLATFORM_NAMES: Record<VideoPlatform, string> = { youtube: "YouTube", tiktok: "TikTok", facebook: "Facebook" }

/** Each platform's hosts; a subdomain of one (m.youtube.com, vt.tiktok.com) is that platform's. */
const PLATFORM_HOSTS: Record<VideoPlatform, readonly string[]> = {
  youtube: ["youtube.com", "youtu.be"],
  tiktok: ["tiktok.com"],
  facebook: ["facebook.com", "fb.watch"],
}

/** The platform of an https link on a host the shop accepts, or null for any other link. */
export function videoPlatformOf(url: string): VideoPlatform | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== "https:" || parsed.username || parsed.password || parsed.port) return null
  const host = parsed.hostname.toLowerCase()
  for (const platform of VIDEO_PLATFORMS) {
    if (PLATFORM_HOSTS[platform].some((allowed) => host === allowed || host.endsWith(`.${allowed}`))) return platform
  }
  return null
}

export type FairTiming = "on" | "coming" | "over"

/** A fair from its first day to its last (both YYYY-MM-DD, Vietnam's days) on `today`. */
export function fairTiming(fair: { starts_on: string; ends_on: string }, today: string): FairTiming {
  if (today < fair.starts_on) return "coming"
  if (today > fair.ends_on) return "over"
  return "on"
}
