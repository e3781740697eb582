"use client";
// Adds or edits a saved address: the recipient, their phone, the one address picker (province →
// commune/ward of 2025 → street), a label, and whether it is the default.
import { AddressPicker } from "@/components/address-picker";
import { Link } from "@/i18n/client-navigation";
import { PROVINCE_INTENT } from "@/lib/checkout-form";
import { MAX_LENGTH } from "@/lib/form-rules";
import { AccountForm, FullNameField, PhoneField, useAccountForm } from "./account-form";
import styles from "./account.module.css";
import { saveAddress } from "./actions";
import type { AddressFormState } from "./address-rules";
import { FormField } from "./form-field";

type AddressFormProps = {
  locale: string;
  provinces: readonly { code: string; name: string }[];
  initial: AddressFormState;
  /** The address being edited; none when adding. */
  addressId?: string;
};

export function AddressForm({ locale, provinces, initial, addressId }: AddressFormProps) {
  const controller = useAccountForm(saveAddress, initial);
  const { t, state, id, error } = controller;

  return (
    <AccountForm
      controller={controller}
      locale={locale}
      hidden={{ id: addressId }}
      submitLabel={t("addresses.save")}
      pendingLabel={t("addresses.saving")}
      secondary={
        addressId && (
          <Link href="/account/addresses" className="button-secondary">
            {t("addresses.cancel")}
          </Link>
        )
      }
    >
      <FullNameField controller={controller} label={t("fields.recipient")} />
      <PhoneField controller={controller} />
      <AddressPicker
        idPrefix={`${id}-address`}
        provinces={provinces}
        communes={state.communes}
        value={{
          provinceCode: state.values.provinceCode ?? "",
          communeCode: state.values.communeCode ?? "",
          street: state.values.street ?? "",
        }}
        errors={{ province: error("provinceCode"), commune: error("communeCode"), street: error("street") }}
        reloadIntent={{ name: "intent", value: PROVINCE_INTENT }}
      />
      <FormField
        formId={id}
        name="addressName"
        label={t("fields.addressName")}
        hint={t("fields.addressNameHint")}
        maxLength={MAX_LENGTH.addressName}
        defaultValue={state.values.addressName ?? ""}
        error={error("addressName")}
      />
      <label className={styles.check}>
        <input type="checkbox" name="isDefault" defaultChecked={state.isDefault} />
        {t("fields.makeDefault")}
      </label>
    </AccountForm>
  );
}
