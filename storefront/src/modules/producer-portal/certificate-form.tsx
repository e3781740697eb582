"use client";
// Uploads a new certificate of the product: the decision document and what it says. A plain
// multipart form to a server action, so it works without JavaScript; a refusal comes back next to
// its field, with what was typed (the file has to be chosen again: browsers keep no file).
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { submitCertificateAction } from "./actions";
import { EMPTY_PORTAL_FORM } from "./form-state";
import { PortalField } from "./portal-field";
import { FormAlert, PendingButton } from "./portal-forms";
import styles from "./portal.module.css";

export function CertificateForm({ productId }: { productId: string }) {
  const t = useTranslations("ProducerPortal.certificates");
  const [state, action] = useActionState(submitCertificateAction, EMPTY_PORTAL_FORM);
  const id = useId();
  const sent = state !== EMPTY_PORTAL_FORM && !state.failure && !state.message && Object.keys(state.fieldErrors).length === 0;
  const field = (name: string) => ({ formId: id, name, defaultValue: state.values[name], error: state.fieldErrors[name] });
  const documentError = state.fieldErrors.document;
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="productId" value={productId} />
      <FormAlert state={state} />
      {sent && (
        <p className={styles.notice} role="status">
          {t("submitted")}
        </p>
      )}
      <div className={styles.field}>
        <label htmlFor={`${id}-document`} className={styles.label}>
          {t("document")}
        </label>
        <p id={`${id}-document-hint`} className="field-hint">
          {t("documentHint")}
        </p>
        {documentError && (
          <p id={`${id}-document-error`} className="field-error">
            {documentError}
          </p>
        )}
        <input
          id={`${id}-document`}
          name="document"
          type="file"
          accept="application/pdf,image/jpeg,image/png,image/webp"
          required
          aria-invalid={documentError ? true : undefined}
          aria-describedby={[documentError ? `${id}-document-error` : "", `${id}-document-hint`].filter(Boolean).join(" ")}
        />
      </div>
      <div className={`${styles.twoColumns} ${styles.certificatePair}`}>
        <PortalField {...field("decisionNumber")} label={t("decisionNumber")} hint={t("decisionNumberHint")} required />
        <PortalField {...field("decisionDate")} label={t("decisionDate")} type="date" required />
      </div>
      <PortalField {...field("issuingAuthority")} label={t("issuingAuthority")} hint={t("issuingAuthorityHint")} required />
      <div className={`${styles.twoColumns} ${styles.certificatePair}`}>
        <PortalField
          {...field("starRating")}
          // A select's chosen option survives React's reset of the form only as it was first rendered.
          key={state.values.starRating || "3"}
          defaultValue={state.values.starRating || "3"}
          label={t("starRating")}
          required
          options={[3, 4, 5].map((star) => (
            <option key={star} value={star}>
              {t("stars", { star })}
            </option>
          ))}
        />
        <PortalField {...field("totalScore")} label={t("totalScore")} hint={t("totalScoreHint")} inputMode="numeric" required />
      </div>
      <fieldset className={styles.scores}>
        <legend className={styles.label}>{t("parts")}</legend>
        <PortalField {...field("scoreA")} label={t("scoreA")} inputMode="numeric" />
        <PortalField {...field("scoreB")} label={t("scoreB")} inputMode="numeric" />
        <PortalField {...field("scoreC")} label={t("scoreC")} inputMode="numeric" />
      </fieldset>
      <PendingButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
