"use client";

import { useTranslations } from "next-intl";
import { AccountForm, DonePanel, EmailField, FullNameField, NewPasswordField, PhoneField, useAccountForm } from "./account-form";
import styles from "./account.module.css";
import { registerCustomer } from "./actions";
import { EMPTY_FORM } from "./validation";

export function RegisterForm({ locale }: { locale: string }) {
  const controller = useAccountForm(registerCustomer, EMPTY_FORM);
  const { t, state } = controller;

  if (state.done === "check_inbox") return <CheckInbox email={state.values.email ?? ""} />;
  return (
    <AccountForm controller={controller} locale={locale} submitLabel={t("register.submit")} pendingLabel={t("register.pending")}>
      <FullNameField controller={controller} label={t("fields.fullName")} />
      <EmailField controller={controller} />
      <PhoneField controller={controller} />
      <NewPasswordField controller={controller} label={t("fields.password")} />
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
  return (
    <DonePanel>
      <h2 className={styles.subheading}>{t("register.checkInbox.title")}</h2>
      <p>{t.rich("register.checkInbox.body", { email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <p>{t("register.checkInbox.existing")}</p>
      <p className={styles.muted}>{t("register.checkInbox.noEmail")}</p>
    </DonePanel>
  );
}
