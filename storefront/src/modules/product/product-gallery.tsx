// The product's photos without script: a swipeable strip that snaps to each photo, and numbered
// thumbnails that jump to one. The first photo is the page's largest paint, so it loads first; the
// strip's other photos and the thumbnails ask for low priority, as the browser would otherwise raise
// them to high once they are laid out in view and split the phone's bandwidth with the first.
import { useTranslations } from "next-intl";
import { Photo } from "@/components/photo";
import type { PhotoMetadata, ProductImage } from "@/lib/types";
import styles from "./product.module.css";

/** The strip fills the phone's width, and 36rem of a wide screen (product.module.css). */
const MAIN_PHOTO_SIZES = "(min-width: 60rem) 36rem, calc(100vw - 2rem)";
const THUMB_SIZES = "4.5rem";

/** A thumbnail needs only the smallest rendition of each format: fewer URLs in a cached page. */
function thumbnailOf(photo: PhotoMetadata | undefined): PhotoMetadata | undefined {
  if (!photo) return photo;
  const smallest = Math.min(...photo.renditions.map((rendition) => rendition.width));
  return { ...photo, renditions: photo.renditions.filter((rendition) => rendition.width === smallest) };
}

type GalleryProps = { images: readonly ProductImage[]; thumbnail: string | null; title: string };

export function ProductGallery({ images, thumbnail, title }: GalleryProps) {
  const t = useTranslations("Product");
  const photos = images.toSorted((a, b) => a.rank - b.rank);
  if (photos.length <= 1) {
    return (
      <section aria-label={t("photos")} className={styles.gallery}>
        <Photo
          photo={photos[0]?.metadata?.photo}
          url={photos[0]?.url ?? thumbnail}
          alt={t("photoAlt", { title, number: 1 })}
          sizes={MAIN_PHOTO_SIZES}
          loading="eager"
          fetchPriority="high"
          className={styles.mainPhoto}
        />
      </section>
    );
  }
  return (
    <section aria-label={t("photos")} className={styles.gallery}>
      {/* Focusable so a keyboard can scroll the strip too (WCAG 2.1.1).
          biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus. */}
      <ul className={styles.strip} tabIndex={0} aria-label={t("photos")}>
        {photos.map((image, index) => (
          <li key={image.id} id={`photo-${index + 1}`} className={styles.slide}>
            <Photo
              photo={image.metadata?.photo}
              url={image.url}
              alt={t("photoAlt", { title, number: index + 1 })}
              sizes={MAIN_PHOTO_SIZES}
              loading={index === 0 ? "eager" : "lazy"}
              fetchPriority={index === 0 ? "high" : "low"}
              className={styles.mainPhoto}
            />
          </li>
        ))}
      </ul>
      <ul className={styles.thumbs}>
        {photos.map((image, index) => (
          <li key={image.id}>
            <a href={`#photo-${index + 1}`} className={styles.thumb} aria-label={t("showPhoto", { number: index + 1, count: photos.length })}>
              <Photo photo={thumbnailOf(image.metadata?.photo)} url={image.url} alt="" sizes={THUMB_SIZES} fetchPriority="low" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
