"use client";
// The forms of a producer's own product page: its texts and product set, another pack, each
// photo's place and the cover, and taking the product off sale. Each is a plain <form> posting to a
// server action, so it works without JavaScript; the backend's sentence goes next to its field.
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import type { PortalProduct } from "@/lib/producer-portal";
import { addPackAction, archiveProductAction, arrangePhotoAction, updateProductAction } from "./actions";
import { EMPTY_PORTAL_FORM, type PortalFormState } from "./form-state";
import { FormAlert, PackFields, PendingButton, ProductTextFields } from "./portal-forms";
import styles from "./portal.module.css";

type ProductSetOption = { id: string; label: string };

function textsOf(product: PortalProduct): Record<string, string> {
  return {
    title: product.title,
    titleEn: product.title_en ?? "",
    description: product.description ?? "",
    descriptionEn: product.description_en ?? "",
    storyVi: product.story_vi ?? "",
    storyEn: product.story_en ?? "",
    productSetId: product.product_set?.id ?? "",
  };
}

export function EditProductForm({ product, productSets }: { product: PortalProduct; productSets: readonly ProductSetOption[] }) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(updateProductAction, { values: textsOf(product), fieldErrors: {} } satisfies PortalFormState);
  const id = useId();
  const field = (name: string) => ({ formId: id, name, defaultValue: state.values[name], error: state.fieldErrors[name] });
  return (
    <form action={action} className={styles.form} key={JSON.stringify(state.values)}>
      <input type="hidden" name="productId" value={product.id} />
      <FormAlert state={state} />
      {state.done && (
        <p className={styles.notice} role="status">
          {product.status === "published" ? t("savedLive") : t("saved")}
        </p>
      )}
      <ProductTextFields field={field} productSets={productSets} />
      <PendingButton label={t("save")} pendingLabel={t("saving")} secondary />
    </form>
  );
}

export function AddPackForm({ productId }: { productId: string }) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(addPackAction, EMPTY_PORTAL_FORM);
  const id = useId();
  const field = (name: string) => ({ formId: id, name, defaultValue: state.values[name], error: state.fieldErrors[name] });
  return (
    <form action={action} className={styles.form} key={JSON.stringify(state.values) + String(state.done)}>
      <input type="hidden" name="productId" value={productId} />
      <FormAlert state={state} />
      {state.done && (
        <p className={styles.notice} role="status">
          {t("packAdded")}
        </p>
      )}
      <PackFields field={field} />
      <PendingButton label={t("addPack")} pendingLabel={t("saving")} secondary />
    </form>
  );
}

type PhotoFormProps = { productId: string; photo: PortalProduct["photos"][number]; rank: number; last: boolean };

/** One photo's buttons: earlier, later, the cover, remove; each a form of its own. */
export function PhotoActions({ productId, photo, rank, last }: PhotoFormProps) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(arrangePhotoAction, EMPTY_PORTAL_FORM);
  const button = (intent: string, label: string, extra?: { rank: number }) => (
    <form action={action}>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="photoId" value={photo.id} />
      <input type="hidden" name="intent" value={intent} />
      {extra && <input type="hidden" name="rank" value={extra.rank} />}
      <button type="submit" className={styles.photoButton}>
        {label}
      </button>
    </form>
  );
  return (
    <div className={styles.photoActions}>
      <FormAlert state={state} />
      {photo.cover ? <span className={styles.badge}>{t("cover")}</span> : button("cover", t("makeCover"))}
      {rank > 0 && button("move", t("moveEarlier"), { rank: rank - 1 })}
      {!last && button("move", t("moveLater"), { rank: rank + 1 })}
      {button("remove", t("removePhoto"))}
    </div>
  );
}

export function ArchiveProductForm({ productId, locale }: { productId: string; locale: string }) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(archiveProductAction, EMPTY_PORTAL_FORM);
  const id = useId();
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} />
      <p className={styles.meta}>{t("archiveHint")}</p>
      {state.fieldErrors.confirm && (
        <p id={`${id}-error`} className="field-error">
          {state.fieldErrors.confirm}
        </p>
      )}
      <label className={styles.check}>
        <input type="checkbox" name="confirm" value="yes" required aria-describedby={state.fieldErrors.confirm ? `${id}-error` : undefined} />
        {t("archiveConfirm")}
      </label>
      <PendingButton label={t("archive")} pendingLabel={t("working")} secondary />
    </form>
  );
}
