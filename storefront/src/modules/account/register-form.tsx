"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { MAX_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/form-rules";
import { AccountForm, EmailField, FullNameField, PhoneField, useAccountForm } from "./account-form";
import styles from "./account.module.css";
import { registerCustomer } from "./actions";
import { FormField } from "./form-field";
import { EMPTY_FORM } from "./validation";

export function RegisterForm({ locale }: { locale: string }) {
  const controller = useAccountForm(registerCustomer, EMPTY_FORM);
  const { t, id, error, state } = controller;

  if (state.done === "check_inbox") return <CheckInbox email={state.values.email ?? ""} />;
  return (
    <AccountForm controller={controller} locale={locale} submitLabel={t("register.submit")} pendingLabel={t("register.pending")}>
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
        maxLength={MAX_LENGTH.password}
        required
        error={error("password")}
      />
    </AccountForm>
  );
}

/**
 * Where every registration ends, whatever the email: the backend answers a new one, one with an
 * account and one awaiting its confirmation alike, and tells only the inbox which it was. The focus
 * comes here, so a screen reader user hears it in place of the form.
 */
function CheckInbox({ email }: { email: string }) {
  const t = useTranslations("Account");
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div ref={panel} role="status" tabIndex={-1} className={styles.sent}>
      <h2 className={styles.subheading}>{t("register.checkInbox.title")}</h2>
      <p>{t.rich("register.checkInbox.body", { email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <p>{t("register.checkInbox.existing")}</p>
      <p className={styles.muted}>{t("register.checkInbox.noEmail")}</p>
    </div>
  );
}
