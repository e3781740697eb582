"use client";
// The portal's forms that a producer fills in. Each is a plain <form> posting to a server action,
// so it works without JavaScript; with it, the button says the form is on its way.
import type { Commune } from "@ocop/domain/admin-units";
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useId, useState } from "react";
import { useFormStatus } from "react-dom";
import { AddressPicker } from "@/components/address-picker";
import {
  acceptInviteAction,
  createProductAction,
  deliverParcelAction,
  packParcelAction,
  inviteMemberAction,
  recordBatchAction,
  attachVideoAction,
  registerProducerAction,
  removeMemberAction,
  shipParcelAction,
  signInProducer,
  submitProductAction,
  updatePackAction,
} from "./actions";
import { EMPTY_PORTAL_FORM, NEW_PRODUCT_DRAFT, type PortalFormState, REGISTRATION_DRAFT, shipDraft } from "./form-state";
import { DraftRestored, useFormDraft } from "./form-draft";
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

export function ProducerSignInForm({ locale, email }: { locale: string; email?: string }) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(signInProducer, email ? { values: { email }, fieldErrors: {} } : EMPTY_PORTAL_FORM);
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
  const [draft, restored] = useFormDraft(REGISTRATION_DRAFT, { skip: ["provinceCode", "communeCode"] });
  const { values, fieldErrors } = state;
  const field = (name: string) => ({ formId: id, name, defaultValue: values[name], error: fieldErrors[name] });
  return (
    <form action={action} className={styles.form} key={JSON.stringify(values)} ref={draft}>
      <input type="hidden" name="locale" value={locale} />
      <DraftRestored restored={restored} />
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

type ProductSetOption = { id: string; label: string };
type ProductFormProps = { locale: string; productSets: readonly ProductSetOption[] };

/** A field's name, typed value and the backend's sentence for it, as each form keeps them. */
type FieldOf = (name: string) => { formId: string; name: string; defaultValue?: string; error?: string };

/** A product's names, product set, descriptions and stories, in both languages: the new product's form and its page's. */
export function ProductTextFields({ field, productSets, choose }: { field: FieldOf; productSets: readonly ProductSetOption[]; choose?: boolean }) {
  const t = useTranslations("ProducerPortal");
  const optional = (label: string) => `${label} (${t("optional")})`;
  return (
    <>
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
            {choose && <option value="">{t("chooseProductSet")}</option>}
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
        <PortalField {...field("storyVi")} label={optional(t("storyVi"))} hint={t("storyHint")} multiline />
        <PortalField {...field("storyEn")} label={optional(t("storyEn"))} multiline />
      </div>
    </>
  );
}

/** One pack size: its name, codes, price and stock. */
export function PackFields({ field }: { field: FieldOf }) {
  const t = useTranslations("ProducerPortal");
  return (
    <div className={styles.twoColumns}>
      <PortalField {...field("packTitle")} label={t("packTitle")} hint={t("packTitleHint")} required />
      <PortalField {...field("sku")} label={t("sku")} required />
      <PortalField {...field("gtin")} label={`${t("gtin")} (${t("optional")})`} hint={t("gtinHint")} inputMode="numeric" />
      <PortalField {...field("price")} label={t("priceVnd")} hint={t("priceHint")} inputMode="numeric" required />
      <PortalField {...field("stock")} label={t("stockCount")} inputMode="numeric" required />
    </div>
  );
}

export function NewProductForm({ locale, productSets }: ProductFormProps) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(createProductAction, EMPTY_PORTAL_FORM);
  const id = useId();
  const [draft, restored] = useFormDraft(NEW_PRODUCT_DRAFT);
  const { values, fieldErrors } = state;
  const field = (name: string) => ({ formId: id, name, defaultValue: values[name], error: fieldErrors[name] });
  return (
    <form action={action} className={styles.form} key={JSON.stringify(values)} ref={draft}>
      <input type="hidden" name="locale" value={locale} />
      <DraftRestored restored={restored} />
      <FormAlert state={state} />
      <ProductTextFields field={field} productSets={productSets} choose />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("pack")}</legend>
        <PackFields field={field} />
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
  const saved = state.done === true;
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

/** The carriers a cooperative hands parcels to most; the field takes any other name too. */
const CARRIERS = ["Viettel Post", "VNPost", "Giao Hàng Nhanh", "Giao Hàng Tiết Kiệm", "J&T Express", "Ninja Van", "Best Express"] as const;

type ParcelFormProps = { orderId: string; parcelId?: string };

/** One button moving the producer's parcel on: packing what is not packed yet, or marking it delivered. */
export function ParcelStepForm({ orderId, parcelId, step }: ParcelFormProps & { step: "pack" | "deliver" }) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(step === "pack" ? packParcelAction : deliverParcelAction, EMPTY_PORTAL_FORM);
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="orderId" value={orderId} />
      {parcelId && <input type="hidden" name="parcelId" value={parcelId} />}
      <FormAlert state={state} />
      <PendingButton label={step === "pack" ? t("pack_action") : t("markDelivered")} pendingLabel={t("working")} secondary={step === "deliver"} />
    </form>
  );
}

export function ShipParcelForm({ orderId, parcelId }: Required<ParcelFormProps>) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(shipParcelAction, EMPTY_PORTAL_FORM);
  const id = useId();
  const [draft] = useFormDraft(shipDraft(parcelId), { done: state.done });
  const field = (name: string) => ({ formId: id, name, defaultValue: state.values[name], error: state.fieldErrors[name] });
  return (
    <form action={action} className={styles.form} key={JSON.stringify(state.values)} ref={draft}>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="parcelId" value={parcelId} />
      <FormAlert state={state} />
      <div className={styles.twoColumns}>
        <PortalField {...field("carrier")} label={t("carrier")} hint={t("carrierHint")} list={`${id}-carriers`} required />
        <PortalField {...field("trackingNumber")} label={t("trackingNumber")} autoComplete="off" required />
      </div>
      <datalist id={`${id}-carriers`}>
        {CARRIERS.map((carrier) => (
          <option key={carrier} value={carrier} />
        ))}
      </datalist>
      <PendingButton label={t("ship")} pendingLabel={t("working")} />
    </form>
  );
}

type BatchFormProps = { productId: string; packs: readonly { id: string; title: string }[]; today: string };

/** Records a batch (lô) of one of the product's packs: its lot code, how many packs, and its dates. */
export function BatchForm({ productId, packs, today }: BatchFormProps) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(recordBatchAction, EMPTY_PORTAL_FORM);
  const id = useId();
  const [draft] = useFormDraft(`batch:${productId}`, { done: state.done });
  const field = (name: string) => ({ formId: id, name, defaultValue: state.values[name], error: state.fieldErrors[name] });
  return (
    <form action={action} className={styles.form} key={JSON.stringify(state.values) + String(state.done)} ref={draft}>
      <input type="hidden" name="productId" value={productId} />
      <FormAlert state={state} />
      {state.done && (
        <p className={styles.notice} role="status">
          {t("batchRecorded")}
        </p>
      )}
      <div className={styles.twoColumns}>
        {packs.length > 1 ? (
          <PortalField
            {...field("variantId")}
            label={t("pack")}
            required
            options={packs.map((pack) => (
              <option key={pack.id} value={pack.id}>
                {pack.title}
              </option>
            ))}
          />
        ) : (
          <input type="hidden" name="variantId" value={packs[0]?.id ?? ""} />
        )}
        <PortalField {...field("lotCode")} label={t("lotCode")} hint={t("lotCodeHint")} autoComplete="off" required />
        <PortalField {...field("quantity")} label={t("batchQuantity")} inputMode="numeric" required />
        <PortalField {...field("producedOn")} type="date" label={t("producedOn")} defaultValue={state.values.producedOn ?? today} required />
        <PortalField {...field("bestBefore")} type="date" label={t("bestBefore")} required />
      </div>
      <PendingButton label={t("recordBatch")} pendingLabel={t("saving")} />
    </form>
  );
}

/** An owner invites someone by email; the invitation's link is valid for a week. */
export function InviteMemberForm() {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(inviteMemberAction, EMPTY_PORTAL_FORM);
  const id = useId();
  const field = (name: string) => ({ formId: id, name, defaultValue: state.values[name], error: state.fieldErrors[name] });
  return (
    <form action={action} className={styles.form} key={JSON.stringify(state.values) + String(state.done)}>
      <FormAlert state={state} />
      {state.done && (
        <p className={styles.notice} role="status">
          {t("invited")}
        </p>
      )}
      <div className={styles.twoColumns}>
        <PortalField {...field("email")} type="email" label={t("email")} autoComplete="off" required />
        <PortalField
          {...field("role")}
          label={t("role")}
          options={(["staff", "owner"] as const).map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        />
      </div>
      <PendingButton label={t("invite")} pendingLabel={t("working")} />
    </form>
  );
}

export function RemoveMemberForm({ memberId, name }: { memberId: string; name: string }) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(removeMemberAction, EMPTY_PORTAL_FORM);
  return (
    <form action={action} className={styles.inlineForm}>
      <input type="hidden" name="memberId" value={memberId} />
      <FormAlert state={state} />
      <button type="submit" className="button-secondary" aria-label={t("removeMember", { name })}>
        {t("remove")}
      </button>
    </form>
  );
}

/** The invited person joins the producer: a name and a password only when the email is new to the portal. */
export function AcceptInviteForm({ token, locale }: { token: string; locale: string }) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(acceptInviteAction, EMPTY_PORTAL_FORM);
  const id = useId();
  return (
    <form action={action} className={styles.form} key={JSON.stringify(state.values)}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <FormAlert state={state} />
      {state.fieldErrors.token && <p className={styles.alert}>{state.fieldErrors.token}</p>}
      <p className={styles.meta}>{t("acceptHint")}</p>
      <PortalField formId={id} name="name" label={t("ownerName")} autoComplete="name" defaultValue={state.values.name} error={state.fieldErrors.name} />
      <PortalField formId={id} name="password" type="password" label={t("password")} hint={t("passwordHint")} autoComplete="new-password" error={state.fieldErrors.password} />
      <PendingButton label={t("join")} pendingLabel={t("working")} />
    </form>
  );
}

/** A livestream or video link for the product's page, shown there as a card that opens the platform. */
export function VideoLinkForm({ productId }: { productId: string }) {
  const t = useTranslations("ProducerPortal");
  const [state, action] = useActionState(attachVideoAction, EMPTY_PORTAL_FORM);
  const id = useId();
  const field = (name: string) => ({ formId: id, name, defaultValue: state.values[name], error: state.fieldErrors[name] });
  return (
    <form action={action} className={styles.form} key={JSON.stringify(state.values) + String(state.done)}>
      <input type="hidden" name="productId" value={productId} />
      <FormAlert state={state} />
      {state.done && (
        <p className={styles.notice} role="status">
          {t("videoAttached")}
        </p>
      )}
      <div className={styles.twoColumns}>
        <PortalField {...field("url")} type="url" label={t("videoUrl")} hint={t("videoUrlHint")} autoComplete="off" required />
        <PortalField {...field("title")} label={t("videoTitle")} required />
        <PortalField
          {...field("kind")}
          label={t("videoKind")}
          options={["replay", "live"].map((kind) => (
            <option key={kind} value={kind}>
              {t(`videoKinds.${kind}`)}
            </option>
          ))}
        />
        <PortalField {...field("startsAt")} type="datetime-local" label={t("videoStartsAt")} hint={t("videoStartsAtHint")} />
      </div>
      <PendingButton label={t("attachVideo")} pendingLabel={t("saving")} />
    </form>
  );
}
