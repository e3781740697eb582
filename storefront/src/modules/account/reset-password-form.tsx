"use client";
// The reset page's form: the new password, posted with the link's token to a server action (so it
// works without JavaScript, and opening the link, as a mail scanner does, spends nothing). A link
// that cannot be used any more ends with the way to a new one.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Link } from "@/i18n/navigation";
import { MAX_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/form-rules";
import { AccountForm, useAccountForm } from "./account-form";
import styles from "./account.module.css";
import { setNewPassword } from "./actions";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { EMPTY_FORM, RESET_LINK_MINUTES } from "./validation";

/** The failures after which this link cannot set a password. */
const SPENT_LINK = new Set(["reset_link_invalid", "reset_link_expired"]);

export function ResetPasswordForm({ locale, token }: { locale: string; token?: string }) {
  // A page opened without a token is a link cut short.
  const controller = useAccountForm(setNewPassword, token ? EMPTY_FORM : { ...EMPTY_FORM, failure: "reset_link_invalid" });
  const { t, state, id, error } = controller;
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
      <FormField
        formId={id}
        name="password"
        type="password"
        label={t("fields.newPassword")}
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

/** The password is set but the sign-in after it did not go through: the buyer signs in themselves. */
function PasswordSaved() {
  const t = useTranslations("Account");
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div ref={panel} role="status" tabIndex={-1} className={styles.sent}>
      <p>{t("reset.doneSignIn")}</p>
      <div className={styles.actions}>
        <Link href="/account/sign-in" className="button">
          {t("confirm.signIn")}
        </Link>
      </div>
    </div>
  );
}
