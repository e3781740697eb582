// Livestream and video links as cards: the platform, the title, live or replay and the time. Each is
// a plain link that opens the platform in a new tab, so nothing of the platform (script, frame,
// thumbnail) loads until the buyer asks for it.
import { VIDEO_PLATFORM_NAMES } from "@ocop/domain/trade-promotion";
import { useLocale, useTranslations } from "next-intl";
import type { VideoLink } from "@/lib/trade-promotion";
import styles from "./fair.module.css";

function startTime(startsAt: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date(startsAt));
}

export function VideoCards({ videos, headingId }: { videos: readonly VideoLink[]; headingId: string }) {
  const t = useTranslations("Video");
  const locale = useLocale();
  if (videos.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={styles.videos}>
      <h2 id={headingId} className={styles.sectionTitle}>
        {t("title")}
      </h2>
      <ul className={styles.videoList}>
        {videos.map((video) => (
          <li key={video.id}>
            <a href={video.url} target="_blank" rel="noopener noreferrer nofollow" className={styles.videoCard} data-platform={video.platform}>
              <span className={styles.videoPlatform}>{VIDEO_PLATFORM_NAMES[video.platform]}</span>
              <span className={styles.videoTitle}>{video.title}</span>
              <span className={styles.videoMeta}>
                <span className={video.kind === "live" ? styles.videoLive : styles.videoReplay}>{t(video.kind)}</span>
                {video.starts_at ? <time dateTime={video.starts_at}>{startTime(video.starts_at, locale)}</time> : null}
              </span>
              <span className={styles.videoOpen}>{t("open", { platform: VIDEO_PLATFORM_NAMES[video.platform] })}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
