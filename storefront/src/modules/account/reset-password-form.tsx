"use client";
// The reset page's form: the new password, posted with the link's token to a server action (so it
// works without JavaScript, and opening the link, as a mail scanner does, spends nothing). A link
// that cannot be used any more ends with the way to a new one.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/client-navigation";
import { AccountForm, DonePanel, NewPasswordField, useAccountForm } from "./account-form";
import styles from "./account.module.css";
import { setNewPassword } from "./actions";
import { FormAlert } from "./form-alert";
import { EMPTY_FORM, RESET_LINK_MINUTES } from "./validation";

/** The failures after which this link cannot set a password. */
const SPENT_LINK = new Set(["reset_link_invalid", "reset_link_expired"]);

export function ResetPasswordForm({ locale, token }: { locale: string; token?: string }) {
  // A page opened without a token is a link cut short.
  const controller = useAccountForm(setNewPassword, token ? EMPTY_FORM : { ...EMPTY_FORM, failure: "reset_link_invalid" });
  const { t, state } = controller;
  if (state.done === "password_saved") return <PasswordSaved />;
  if (state.failure && SPENT_LINK.has(state.failure)) {
    return (
      <div className={styles.form}>
        <FormAlert message={t(`failure.${state.failure}` as "failure.reset_link_expired", { minutes: RESET_LINK_MINUTES })} className={styles.alert} />
        <div className={styles.actions}>
          <Link href="/account/forgot-password" className="button">
            {t("reset.askAgain")}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <AccountForm controller={controller} locale={locale} hidden={{ token }} submitLabel={t("reset.submit")} pendingLabel={t("reset.pending")}>
      <NewPasswordField controller={controller} label={t("fields.newPassword")} />
    </AccountForm>
  );
}

/** The password is set but the sign-in after it did not go through: the buyer signs in themselves. */
function PasswordSaved() {
  const t = useTranslations("Account");
  return (
    <DonePanel>
      <p>{t("reset.doneSignIn")}</p>
      <div className={styles.actions}>
        <Link href="/account/sign-in" className="button">
          {t("confirm.signIn")}
        </Link>
      </div>
    </DonePanel>
  );
}
