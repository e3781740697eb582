"use client";
// The forgotten-password form: one email field. Every email ends at "check your inbox", as the
// backend tells only the inbox whether the email has an account.
import { useTranslations } from "next-intl";
import { AccountForm, DonePanel, EmailField, useAccountForm } from "./account-form";
import styles from "./account.module.css";
import { askForPasswordReset } from "./actions";
import { EMPTY_FORM, RESET_LINK_MINUTES } from "./validation";

export function ForgotPasswordForm({ locale }: { locale: string }) {
  const controller = useAccountForm(askForPasswordReset, EMPTY_FORM);
  const { t, state } = controller;
  if (state.done === "check_inbox") return <ResetLinkSent email={state.values.email ?? ""} />;
  return (
    <AccountForm controller={controller} locale={locale} submitLabel={t("forgot.submit")} pendingLabel={t("forgot.pending")}>
      <EmailField controller={controller} />
    </AccountForm>
  );
}

/** In place of the form once it is sent. */
function ResetLinkSent({ email }: { email: string }) {
  const t = useTranslations("Account");
  return (
    <DonePanel>
      <h2 className={styles.subheading}>{t("forgot.checkInbox.title")}</h2>
      <p>{t.rich("forgot.checkInbox.body", { email, minutes: RESET_LINK_MINUTES, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <p className={styles.muted}>{t("forgot.checkInbox.noEmail")}</p>
    </DonePanel>
  );
}
