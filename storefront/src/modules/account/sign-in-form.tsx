"use client";

import { AccountForm, EmailField, useAccountForm } from "./account-form";
import { signIn } from "./actions";
import { FormField } from "./form-field";
import { EMPTY_FORM } from "./validation";

export function SignInForm({ locale, next }: { locale: string; next?: string }) {
  const controller = useAccountForm(signIn, EMPTY_FORM);
  const { t, id, error } = controller;

  return (
    <AccountForm
      controller={controller}
      locale={locale}
      hidden={{ next }}
      submitLabel={t("signIn.submit")}
      pendingLabel={t("signIn.pending")}
    >
      <EmailField controller={controller} />
      <FormField
        formId={id}
        name="password"
        type="password"
        label={t("fields.password")}
        autoComplete="current-password"
        required
        error={error("password")}
      />
    </AccountForm>
  );
}
