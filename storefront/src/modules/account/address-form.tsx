"use client";
// Adds or edits a saved address: the recipient, their phone, the one address picker (province →
// commune/ward of 2025 → street), a label, and whether it is the default.
import { useTranslations } from "next-intl";
import { useActionState, useId, useRef } from "react";
import { AddressPicker } from "@/components/address-picker";
import { Link } from "@/i18n/navigation";
import { PROVINCE_INTENT } from "@/lib/checkout-form";
import { saveAddress } from "./actions";
import styles from "./account.module.css";
import type { AddressFormState } from "./address-rules";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { useFocusOnError } from "./use-focus-on-error";

type AddressFormProps = {
  locale: string;
  provinces: readonly { code: string; name: string }[];
  initial: AddressFormState;
  /** The address being edited; none when adding. */
  addressId?: string;
};

export function AddressForm({ locale, provinces, initial, addressId }: AddressFormProps) {
  const t = useTranslations("Account");
  const [state, action, pending] = useActionState(saveAddress, initial);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  useFocusOnError(form, state);
  const message = (field: string) => {
    const code = state.errors[field];
    return code ? t(`errors.${code}` as "errors.required") : undefined;
  };

  return (
    <form ref={form} action={action} className={styles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {addressId && <input type="hidden" name="id" value={addressId} />}
      {state.failure && (
        <FormAlert message={t(`failure.${state.failure}` as "failure.unavailable")} className={styles.alert} />
      )}
      <FormField
        formId={id}
        name="fullName"
        label={t("fields.recipient")}
        autoComplete="name"
        maxLength={100}
        required
        defaultValue={state.values.fullName ?? ""}
        error={message("fullName")}
      />
      <FormField
        formId={id}
        name="phone"
        type="tel"
        label={t("fields.phone")}
        hint={t("fields.phoneHint")}
        autoComplete="tel"
        inputMode="tel"
        required
        defaultValue={state.values.phone ?? ""}
        error={message("phone")}
      />
      <AddressPicker
        idPrefix={`${id}-address`}
        provinces={provinces}
        communes={state.communes}
        value={{
          provinceCode: state.values.provinceCode ?? "",
          communeCode: state.values.communeCode ?? "",
          street: state.values.street ?? "",
        }}
        errors={{ province: message("provinceCode"), commune: message("communeCode"), street: message("street") }}
        reloadIntent={{ name: "intent", value: PROVINCE_INTENT }}
      />
      <FormField
        formId={id}
        name="addressName"
        label={t("fields.addressName")}
        hint={t("fields.addressNameHint")}
        maxLength={60}
        defaultValue={state.values.addressName ?? ""}
        error={message("addressName")}
      />
      <label className={styles.check}>
        <input type="checkbox" name="isDefault" defaultChecked={state.isDefault} />
        {t("fields.makeDefault")}
      </label>
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("addresses.saving") : t("addresses.save")}
        </button>
        {addressId && (
          <Link href="/account/addresses" className={styles.secondary}>
            {t("addresses.cancel")}
          </Link>
        )}
      </div>
    </form>
  );
}
