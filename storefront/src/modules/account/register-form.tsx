"use client";

import { MIN_PASSWORD_LENGTH } from "@/lib/form-rules";
import { AccountForm, EmailField, FullNameField, PhoneField, useAccountForm } from "./account-form";
import { registerCustomer } from "./actions";
import { FormField } from "./form-field";
import { EMPTY_FORM } from "./validation";

export function RegisterForm({ locale, next }: { locale: string; next?: string }) {
  const controller = useAccountForm(registerCustomer, EMPTY_FORM);
  const { t, id, error } = controller;

  return (
    <AccountForm
      controller={controller}
      locale={locale}
      hidden={{ next }}
      submitLabel={t("register.submit")}
      pendingLabel={t("register.pending")}
    >
      <FullNameField controller={controller} label={t("fields.fullName")} />
      <EmailField controller={controller} />
      <PhoneField controller={controller} />
      <FormField
        formId={id}
        name="password"
        type="password"
        label={t("fields.password")}
        hint={t("fields.passwordHint", { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        error={error("password")}
      />
    </AccountForm>
  );
}
