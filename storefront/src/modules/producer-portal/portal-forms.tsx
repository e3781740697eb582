"use client";
// The portal's forms that a producer fills in. Each is a plain <form> posting to a server action,
// so it works without JavaScript; with it, the button says the form is on its way.
import type { Commune } from "@ocop/domain/admin-units";
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useId, useState } from "react";
import { useFormStatus } from "react-dom";
import { AddressPicker } from "@/components/address-picker";
import { createProductAction, registerProducerAction, signInProducer, submitProductAction, updatePackAction } from "./actions";
import { EMPTY_PORTAL_FORM, type PortalFormState } from "./form-state";
import { PortalField } from "./portal-field";
import styles from "./portal.module.css";

export function PendingButton({ label, pendingLabel, secondary }: { label: string; pendingLabel: string; secondary?: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={secondary ? "button-secondary" : "button"} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}

export function FormAlert({ state }: { state: PortalFormState }) {
  const t = useTranslations("ProducerPortal");
  const sentence = state.failure ? t(`failure.${state.failure}`) : state.message;
  if (!sentence) return null;
  return (
    <p className={styles.alert} role="alert">
      {sentence}
    </p>
  );
}

export function ProducerSignInForm({ locale }: { locale: string }) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(signInProducer, EMPTY_PORTAL_FORM);
  const id = useId();
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} />
      <PortalField formId={id} name="email" type="email" label={t("email")} autoComplete="username" required defaultValue={state.values.email} />
      <PortalField formId={id} name="password" type="password" label={t("password")} autoComplete="current-password" required />
      <PendingButton label={t("signIn")} pendingLabel={t("signingIn")} />
    </form>
  );
}

type RegistrationFormProps = {
  locale: string;
  provinces: readonly { code: string; name: string }[];
  /** The communes of each province the form may show, rendered by the server for the chosen one. */
  communes: readonly Commune[];
  initial: PortalFormState;
};

export function ProducerRegistrationForm({ locale, provinces, communes, initial }: RegistrationFormProps) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(registerProducerAction, initial);
  const id = useId();
  const { values, fieldErrors } = state;
  const field = (name: string) => ({ formId: id, name, defaultValue: values[name], error: fieldErrors[name] });
  return (
    <form action={action} className={styles.form} key={JSON.stringify(values)}>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} />
      <PortalField {...field("name")} label={t("name")} hint={t("nameHint")} required />
      <PortalField
        {...field("kind")}
        label={t("kind")}
        required
        options={(["cooperative", "household", "enterprise"] as const).map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      />
      <PortalField {...field("registrationNumber")} label={t("registrationNumber")} hint={t("registrationNumberHint")} inputMode="numeric" required />
      <PortalField {...field("phone")} type="tel" label={t("phone")} autoComplete="tel" required />
      <PortalField {...field("addressAsIssued")} label={t("addressAsIssued")} required />
      <AddressUnits provinces={provinces} communes={state.communes ?? communes} state={state} idPrefix={id} />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("ownerSection")}</legend>
        <PortalField {...field("ownerName")} label={t("ownerName")} autoComplete="name" required />
        <PortalField {...field("email")} type="email" label={t("email")} autoComplete="username" required />
        <PortalField formId={id} name="password" type="password" label={t("password")} hint={t("passwordHint")} error={fieldErrors.password} autoComplete="new-password" required />
      </fieldset>
      <PendingButton label={t("register")} pendingLabel={t("registering")} />
    </form>
  );
}

/** The shop's one address picker, showing only the 2025 province and commune: the street is the address as issued. */
function AddressUnits({ provinces, communes, state, idPrefix }: { provinces: RegistrationFormProps["provinces"]; communes: readonly Commune[]; state: PortalFormState; idPrefix: string }) {
  const t = useTranslations("ProducerPortal");
  return (
    <fieldset className={`${styles.fieldset} ${styles.unitsOnly}`}>
      <legend className={styles.legend}>{t("addressUnits")}</legend>
      <AddressPicker
        idPrefix={`${idPrefix}-units`}
        provinces={provinces}
        communes={communes}
        value={{ provinceCode: state.values.provinceCode ?? "", communeCode: state.values.communeCode ?? "", street: "-" }}
        names={{ province: "provinceCode", commune: "communeCode", street: "unitsStreet" }}
        errors={{ province: state.fieldErrors.provinceCode, commune: state.fieldErrors.communeCode }}
        reloadIntent={{ name: "intent", value: "province" }}
      />
    </fieldset>
  );
}

type ProductFormProps = { locale: string; productSets: readonly { id: string; label: string }[] };

export function NewProductForm({ locale, productSets }: ProductFormProps) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(createProductAction, EMPTY_PORTAL_FORM);
  const id = useId();
  const { values, fieldErrors } = state;
  const field = (name: string) => ({ formId: id, name, defaultValue: values[name], error: fieldErrors[name] });
  const optional = (label: string) => `${label} (${t("optional")})`;
  return (
    <form action={action} className={styles.form} key={JSON.stringify(values)}>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} />
      <div className={styles.twoColumns}>
        <PortalField {...field("title")} label={t("titleVi")} required />
        <PortalField {...field("titleEn")} label={optional(t("titleEn"))} />
      </div>
      <PortalField
        {...field("productSetId")}
        label={t("productSet")}
        required
        options={
          <>
            <option value="">{t("chooseProductSet")}</option>
            {productSets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.label}
              </option>
            ))}
          </>
        }
      />
      <div className={styles.twoColumns}>
        <PortalField {...field("description")} label={optional(t("description"))} multiline />
        <PortalField {...field("descriptionEn")} label={optional(t("descriptionEn"))} multiline />
        <PortalField {...field("storyVi")} label={optional(t("storyVi"))} multiline />
        <PortalField {...field("storyEn")} label={optional(t("storyEn"))} multiline />
      </div>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("pack")}</legend>
        <div className={styles.twoColumns}>
          <PortalField {...field("packTitle")} label={t("packTitle")} hint={t("packTitleHint")} required />
          <PortalField {...field("sku")} label={t("sku")} required />
          <PortalField {...field("gtin")} label={optional(t("gtin"))} hint={t("gtinHint")} inputMode="numeric" />
          <PortalField {...field("price")} label={t("priceVnd")} hint={t("priceHint")} inputMode="numeric" required />
          <PortalField {...field("stock")} label={t("stockCount")} inputMode="numeric" required />
        </div>
      </fieldset>
      <PendingButton label={t("saveDraft")} pendingLabel={t("saving")} />
    </form>
  );
}

type PackFormProps = { productId: string; variantId: string; price: number | null; stock: number };

export function PackForm({ productId, variantId, price, stock }: PackFormProps) {
  const t = useTranslations("ProducerPortal");
  // Made once: "saved" is a state other than this one, which a re-render (another form's revalidation) must not make.
  const [initial] = useState<PortalFormState>(() => ({ values: { price: price === null ? "" : String(price), stock: String(stock) }, fieldErrors: {} }));
  const [state, action] = useActionState(updatePackAction, initial);
  const id = useId();
  const saved = state !== initial && !state.failure && !state.message && Object.keys(state.fieldErrors).length === 0;
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="variantId" value={variantId} />
      <FormAlert state={state} />
      <div className={styles.twoColumns}>
        <PortalField formId={id} name="price" label={t("priceVnd")} inputMode="numeric" defaultValue={state.values.price} error={state.fieldErrors.price} required />
        <PortalField formId={id} name="stock" label={t("stockCount")} inputMode="numeric" defaultValue={state.values.stock} error={state.fieldErrors.stock} required />
      </div>
      {saved && (
        <p className={styles.notice} role="status">
          {t("saved")}
        </p>
      )}
      <PendingButton label={t("save")} pendingLabel={t("saving")} secondary />
    </form>
  );
}

export function SubmitProductForm({ productId, children }: { productId: string; children?: ReactNode }) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(submitProductAction, EMPTY_PORTAL_FORM);
  const done = state !== EMPTY_PORTAL_FORM && !state.failure && !state.message;
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="productId" value={productId} />
      {children}
      <FormAlert state={state} />
      {done ? (
        <p className={styles.notice} role="status">
          {t("submitted")}
        </p>
      ) : (
        <PendingButton label={t("submit")} pendingLabel={t("submitting")} />
      )}
    </form>
  );
}
