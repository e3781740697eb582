"use client";
// The checkout details: contact, shipping, the delivery address (the one address picker) unless the
// buyer collects, and payment. One server action saves them to the cart; a refusal comes back with
// every value as typed and the focus on the first field to fix. Choosing a pickup hides the address
// by CSS alone, so it does without JavaScript too, and what was typed there stays in the form.
import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { AddressPicker } from "@/components/address-picker";
import { type CheckoutErrors, type CheckoutField, firstErrorField, PROVINCE_INTENT } from "@/lib/checkout-form";
import { MAX_LENGTH } from "@/lib/form-rules";
import { useCheckoutDetails } from "./checkout-details-state";
import { ChosenShippingTotalLine } from "./chosen-shipping-totals";
import styles from "./checkout.module.css";

export type ShippingOptionView = {
  id: string;
  label: string;
  description: string | null;
  /** Formatted VND, or the word for free. */
  price: string;
  /** For a pickup: where to collect, printed in the buyer's language. */
  pickupAddress: string | null;
  /** When the cart goes in several parcels (one per producer), says so beside the price. */
  parcelsNote: string | null;
};

/** A way to pay; one closed to this cart (cash on delivery above its ceiling) says why, and cannot be chosen. */
export type PaymentOptionView = { providerId: string; label: string; description: string; closedBecause: string | null };

type CheckoutFormProps = {
  provinces: readonly { code: string; name: string }[];
  shipping: readonly ShippingOptionView[];
  payment: readonly PaymentOptionView[];
};

const ID = "checkout";

/** The element that gets focus for a field: its input, or a group's first choice. */
function fieldId(field: CheckoutField, props: Pick<CheckoutFormProps, "shipping" | "payment">): string {
  switch (field) {
    case "provinceCode":
      return `${ID}-address-province`;
    case "communeCode":
      return `${ID}-address-commune`;
    case "street":
      return `${ID}-address-street`;
    case "deliveryKind":
      return `${ID}-shipping-${props.shipping[0]?.id ?? ""}`;
    case "paymentProviderId":
      return `${ID}-payment-${(props.payment.find((option) => option.closedBecause === null) ?? props.payment[0])?.providerId ?? ""}`;
    default:
      return `${ID}-${field}`;
  }
}

export function CheckoutForm(props: CheckoutFormProps) {
  const { provinces, shipping, payment } = props;
  // Until the buyer chooses, the first open way (cash on delivery, as most Vietnamese buyers pay) is.
  const open = payment.filter((option) => option.closedBecause === null);
  const t = useTranslations("Checkout");
  const locale = useLocale();
  const { state, formAction, pending, chooseDelivery } = useCheckoutDetails();
  const { values, errors } = state;

  useEffect(() => {
    if (state.status === "invalid") {
      const first = firstErrorField(state.errors);
      if (first) document.getElementById(fieldId(first, { shipping, payment }))?.focus();
    } else if (state.status === "unavailable") {
      document.getElementById(`${ID}-problem`)?.focus();
    }
  }, [state, shipping, payment]);

  const message = (field: CheckoutField) => errorText(t, field, errors);
  const errorCount = Object.keys(errors).length;

  return (
    // Remounted after each answer, so every field shows the values the server sent back.
    <form key={state.submittedAt} action={formAction} className={styles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.status === "invalid" && errorCount > 0 && (
        <p className={styles.problem} role="alert">
          {t("fixFields", { count: errorCount })}
        </p>
      )}
      {state.status === "unavailable" && (
        <p id={`${ID}-problem`} className={styles.problem} role="alert" tabIndex={-1}>
          {t("unavailable")}
        </p>
      )}

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t("contact")}</legend>
        <TextField field="email" type="email" autoComplete="email" label={t("email")} value={values.email} error={message("email")} />
        <TextField
          field="phone"
          type="tel"
          autoComplete="tel"
          label={t("phone")}
          hint={t("phoneHint")}
          value={values.phone}
          error={message("phone")}
        />
        <TextField field="fullName" autoComplete="name" label={t("fullName")} value={values.fullName} error={message("fullName")} />
      </fieldset>

      <fieldset className={styles.section} aria-describedby={errors.deliveryKind ? `${ID}-shipping-error` : undefined}>
        <legend className={styles.legend}>{t("shipping")}</legend>
        {shipping.length === 0 && <p className={styles.problem}>{t("noShipping")}</p>}
        {errors.deliveryKind && (
          <p id={`${ID}-shipping-error`} className="field-error">
            {message("deliveryKind")}
          </p>
        )}
        <div className={styles.choices}>
          {shipping.map((option) => (
            <label key={option.id} className="choice-card">
              <input
                type="radio"
                id={`${ID}-shipping-${option.id}`}
                name="deliveryKind"
                value={option.id}
                defaultChecked={values.deliveryKind === option.id}
                onChange={() => chooseDelivery(option.id)}
                data-pickup={option.pickupAddress ? true : undefined}
                aria-invalid={errors.deliveryKind ? true : undefined}
                aria-describedby={errors.deliveryKind ? `${ID}-shipping-error` : undefined}
              />
              <span className={styles.choiceLabel}>{option.label}</span>
              <span className={styles.choicePrice}>{option.price}</span>
              {option.description && <span className={styles.choiceNote}>{option.description}</span>}
              {option.parcelsNote && <span className={styles.choiceNote}>{option.parcelsNote}</span>}
              {option.pickupAddress && (
                <span className={styles.choiceNote}>{t("pickupAt", { address: option.pickupAddress })}</span>
              )}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className={`${styles.section} ${styles.deliveryOnly}`}>
        <legend className={styles.legend}>{t("address")}</legend>
        <AddressPicker
          idPrefix={`${ID}-address`}
          provinces={provinces}
          communes={state.communes}
          value={{ provinceCode: values.provinceCode, communeCode: values.communeCode, street: values.street }}
          errors={{ province: message("provinceCode"), commune: message("communeCode"), street: message("street") }}
          reloadIntent={{ name: "intent", value: PROVINCE_INTENT }}
        />
      </fieldset>
      <p className={`${styles.section} ${styles.pickupOnly}`}>{t("pickupNoAddress")}</p>

      <fieldset className={styles.section} aria-describedby={errors.paymentProviderId ? `${ID}-payment-error` : undefined}>
        <legend className={styles.legend}>{t("payment")}</legend>
        {payment.length === 0 && <p className={styles.problem}>{t("noPayment")}</p>}
        {errors.paymentProviderId && (
          <p id={`${ID}-payment-error`} className="field-error">
            {message("paymentProviderId")}
          </p>
        )}
        <div className={styles.choices}>
          {payment.map((option) => (
            <label key={option.providerId} className="choice-card">
              <input
                type="radio"
                id={`${ID}-payment-${option.providerId}`}
                name="paymentProviderId"
                value={option.providerId}
                disabled={option.closedBecause !== null}
                defaultChecked={
                  option.closedBecause === null &&
                  (values.paymentProviderId ? values.paymentProviderId === option.providerId : open[0]?.providerId === option.providerId)
                }
                aria-invalid={errors.paymentProviderId ? true : undefined}
                aria-describedby={
                  [errors.paymentProviderId ? `${ID}-payment-error` : "", option.closedBecause ? `${ID}-payment-${option.providerId}-closed` : ""]
                    .filter(Boolean)
                    .join(" ") || undefined
                }
              />
              <span className={styles.choiceLabel}>{option.label}</span>
              <span className={styles.choiceNote}>{option.description}</span>
              {option.closedBecause && (
                <span id={`${ID}-payment-${option.providerId}-closed`} className={styles.choiceClosed}>
                  {option.closedBecause}
                </span>
              )}
            </label>
          ))}
        </div>
      </fieldset>

      <ChosenShippingTotalLine />
      <button type="submit" className={`button ${styles.submit}`} aria-disabled={pending || undefined}>
        {pending ? t("saving") : t("toReview")}
      </button>
    </form>
  );
}

type TextFieldProps = {
  field: "email" | "phone" | "fullName";
  label: string;
  value: string;
  error: string | undefined;
  hint?: string;
  type?: "text" | "email" | "tel";
  autoComplete: string;
};

function TextField({ field, label, value, error, hint, type = "text", autoComplete }: TextFieldProps) {
  const id = `${ID}-${field}`;
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={field}
        type={type}
        defaultValue={value}
        autoComplete={autoComplete}
        inputMode={type === "tel" ? "tel" : undefined}
        maxLength={field === "phone" ? undefined : MAX_LENGTH[field]}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="field-input"
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

function errorText(t: ReturnType<typeof useTranslations>, field: CheckoutField, errors: CheckoutErrors): string | undefined {
  const problem = errors[field];
  if (!problem) return undefined;
  if (problem === "required") return t(`required.${field}`);
  return t(`problems.${problem}`, { max: MAX_LENGTH[field as keyof typeof MAX_LENGTH] });
}
