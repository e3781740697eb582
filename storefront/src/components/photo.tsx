// The one way the storefront shows a product photo: the backend's AVIF/WebP renditions, sized
// for the layout, with the blurred placeholder behind them while they load.
import { useTranslations } from "next-intl";
import type { PhotoMetadata, PhotoRendition } from "@/lib/types";
import styles from "./photo.module.css";

type PhotoProps = {
  /** What the photo pipeline prepared (an image's `metadata.photo`); without it, `url` is drawn as it is. */
  photo: PhotoMetadata | null | undefined;
  /** The uploaded file or the product's thumbnail. */
  url: string | null | undefined;
  alt: string;
  /** The `sizes` attribute: how wide the photo is drawn at each viewport width. */
  sizes: string;
  /** "eager" for photos in the first screenful, so they do not wait for layout. */
  loading?: "eager" | "lazy";
  /** "high" for the one photo most likely to be the largest paint; "low" for photos in the first
      screenful that must not take a phone's bandwidth from it (a gallery's other photos, thumbnails). */
  fetchPriority?: "high" | "low" | "auto";
  className?: string;
};

/** Drawn when the backend gives no dimensions: product photos are square by convention. */
const FALLBACK_SIZE = 960;

function srcSet(renditions: readonly PhotoRendition[]): string {
  return renditions.map((rendition) => `${rendition.url} ${rendition.width}w`).join(", ");
}

function byFormat(photo: PhotoMetadata, format: PhotoRendition["format"]): PhotoRendition[] {
  return photo.renditions.filter((rendition) => rendition.format === format).toSorted((a, b) => a.width - b.width);
}

export function Photo({ photo, url, alt, sizes, loading = "lazy", fetchPriority, className }: PhotoProps) {
  const t = useTranslations("Photo");
  const imgClass = className ? `${styles.photo} ${className}` : styles.photo;

  if (!photo || photo.renditions.length === 0) {
    if (!url) {
      return (
        <div role="img" aria-label={alt} className={`${imgClass} ${styles.missing}`}>
          <span aria-hidden="true">{t("missing")}</span>
        </div>
      );
    }
    return (
      <img
        src={url}
        alt={alt}
        width={photo?.width ?? FALLBACK_SIZE}
        height={photo?.height ?? FALLBACK_SIZE}
        loading={loading}
        fetchPriority={fetchPriority}
        decoding="async"
        className={imgClass}
      />
    );
  }

  const avif = byFormat(photo, "avif");
  const webp = byFormat(photo, "webp");
  // Browsers that ignore srcset take this one: the smallest rendition that fills a phone-width card.
  const fallback = webp.find((rendition) => rendition.width >= 640) ?? webp.at(-1);

  return (
    <picture className={styles.picture}>
      {avif.length > 0 && <source type="image/avif" srcSet={srcSet(avif)} sizes={sizes} />}
      <img
        src={fallback?.url ?? url ?? undefined}
        srcSet={webp.length > 0 ? srcSet(webp) : undefined}
        sizes={sizes}
        alt={alt}
        width={photo.width}
        height={photo.height}
        loading={loading}
        fetchPriority={fetchPriority}
        decoding="async"
        className={imgClass}
        style={{ backgroundImage: `url("${photo.placeholder}")` }}
      />
    </picture>
  );
}
