"use client";
// Adds photos to a product: a plain multipart form to the portal's upload route, which works
// without JavaScript; with it, the upload shows its progress (weak connections take a while). A
// refusal with a code of lib/photo-refusal.ts is said in the producer's language, any other in the
// backend's sentence.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { isPhotoRefusal, PHOTO_LIMITS, photoProblemOf } from "@/lib/photo-refusal";
import styles from "./portal.module.css";

export function PhotoUpload({ productId, back, error }: { productId: string; back: string; error?: string }) {
  const t = useTranslations("ProducerPortal");
  const refusals = useTranslations("PhotoRefusal");
  const router = useRouter();
  const id = useId();
  const [percent, setPercent] = useState<number | null>(null);
  const [problem, setProblem] = useState(error);
  const action = `/api/producer/products/${encodeURIComponent(productId)}/photos?back=${encodeURIComponent(back)}`;

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open("POST", action);
    request.setRequestHeader("accept", "application/json");
    request.upload.onprogress = (progress) => {
      if (progress.lengthComputable) setPercent(Math.round((progress.loaded / progress.total) * 100));
    };
    request.onload = () => {
      setPercent(null);
      if (request.status < 400) {
        setProblem(undefined);
        router.refresh();
        return;
      }
      let body: { code?: unknown; message?: unknown } = {};
      try {
        body = JSON.parse(request.responseText || "{}");
      } catch {
        // An answer that is not JSON (a proxy's error page) is the system being unavailable.
      }
      setProblem(photoProblemOf(body));
    };
    request.onerror = () => {
      setPercent(null);
      setProblem(t("failure.unavailable"));
    };
    setPercent(0);
    request.send(new FormData(event.currentTarget));
  }

  const problemText =
    problem === "unavailable" ? t("failure.unavailable") : isPhotoRefusal(problem) ? refusals(problem, PHOTO_LIMITS) : problem;
  return (
    <form action={action} method="post" encType="multipart/form-data" onSubmit={upload} className={styles.form}>
      <div className={styles.field}>
        <label htmlFor={`${id}-photos`} className={styles.label}>
          {t("addPhotos")}
        </label>
        {problemText && (
          <p id={`${id}-error`} className="field-error">
            {problemText}
          </p>
        )}
        <input
          id={`${id}-photos`}
          name="photos"
          type="file"
          // No HEIC: the pipeline cannot decode it, and an iPhone asked for these types sends JPEG.
          accept="image/jpeg,image/png,image/webp,image/avif"
          multiple
          required
          aria-invalid={problemText ? true : undefined}
          aria-describedby={problemText ? `${id}-error` : undefined}
        />
      </div>
      {percent !== null && (
        <div className={styles.field} role="status">
          <progress className={styles.progress} max={100} value={percent} />
          {t("uploading", { percent })}
        </div>
      )}
      <button type="submit" className="button-secondary" disabled={percent !== null}>
        {t("upload")}
      </button>
    </form>
  );
}
