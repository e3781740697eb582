"use client";
// A verified buyer's review of one delivered product: a score of one to five stars (radio buttons,
// so it works without JavaScript and from the keyboard), a text and an optional photo, posted to a
// server action. A refused photo is worded as the portal words it (lib/photo-refusal.ts).
import { TEXT_LIMITS } from "@ocop/domain/input-limits";
import { MAX_RATING, MIN_REVIEW_LENGTH } from "@ocop/domain/reviews";
import { useTranslations } from "next-intl";
import { isPhotoRefusal, REVIEW_PHOTO_LIMITS } from "@/lib/photo-refusal";
import { AccountForm, useAccountForm } from "./account-form";
import styles from "./account.module.css";
import { writeReview } from "./actions";
import { EMPTY_FORM } from "./validation";

const SCORES = Array.from({ length: MAX_RATING }, (_, index) => MAX_RATING - index);

export function ReviewForm({ locale, productId, productTitle }: { locale: string; productId: string; productTitle: string }) {
  const controller = useAccountForm(writeReview, EMPTY_FORM);
  const { t, id, state } = controller;
  const limits = { min: MIN_REVIEW_LENGTH, max: TEXT_LIMITS.reviewBody };
  const ratingError = state.errors.rating && t(`reviews.errors.${state.errors.rating}` as "reviews.errors.rating_required");
  const bodyError = state.errors.body && t(`reviews.errors.${state.errors.body}` as "reviews.errors.body_short", limits);
  const refusals = useTranslations("PhotoRefusal");
  const photoProblem = state.errors.photo;
  const photoError = isPhotoRefusal(photoProblem) ? refusals(photoProblem, REVIEW_PHOTO_LIMITS) : undefined;
  return (
    <AccountForm controller={controller} locale={locale} hidden={{ productId }} submitLabel={t("reviews.submit")} pendingLabel={t("reviews.pending")}>
      <fieldset className={styles.starField} aria-describedby={ratingError ? `${id}-rating-error` : undefined}>
        <legend className={styles.label}>{t("reviews.ratingLabel", { product: productTitle })}</legend>
        {ratingError && (
          <p id={`${id}-rating-error`} className="field-error">
            {ratingError}
          </p>
        )}
        <div className={styles.starChoices}>
          {SCORES.map((score, index) => (
            <label key={score} className={styles.starChoice}>
              <input
                type="radio"
                name="rating"
                value={score}
                defaultChecked={state.values.rating === String(score)}
                aria-invalid={ratingError && index === 0 ? true : undefined}
              />
              <span aria-hidden="true" className={styles.starGlyphs}>
                {"★".repeat(score)}
              </span>
              <span>{t(`reviews.score.${score}` as "reviews.score.5")}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className={styles.field}>
        <label htmlFor={`${id}-body`} className={styles.label}>
          {t("reviews.bodyLabel")}
        </label>
        <p id={`${id}-body-hint`} className="field-hint">
          {t("reviews.bodyHint", limits)}
        </p>
        {bodyError && (
          <p id={`${id}-body-error`} className="field-error">
            {bodyError}
          </p>
        )}
        <textarea
          id={`${id}-body`}
          name="body"
          rows={5}
          maxLength={TEXT_LIMITS.reviewBody}
          required
          defaultValue={state.values.body ?? ""}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={[bodyError && `${id}-body-error`, `${id}-body-hint`].filter(Boolean).join(" ")}
          className="field-input"
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-photo`} className={styles.label}>
          {t("reviews.photoLabel")}
        </label>
        <p id={`${id}-photo-hint`} className="field-hint">
          {t("reviews.photoHint", { megabytes: REVIEW_PHOTO_LIMITS.megabytes })}
        </p>
        {photoError && (
          <p id={`${id}-photo-error`} className="field-error">
            {photoError}
          </p>
        )}
        <input
          id={`${id}-photo`}
          name="photo"
          type="file"
          // No HEIC: the pipeline cannot decode it, and an iPhone asked for these types sends JPEG.
          accept="image/jpeg,image/png,image/webp"
          aria-invalid={photoError ? true : undefined}
          aria-describedby={[photoError && `${id}-photo-error`, `${id}-photo-hint`].filter(Boolean).join(" ")}
          className="field-input"
        />
      </div>
    </AccountForm>
  );
}
