"use client";
// The button that confirms a registration's email, a form posting the link's token to a server
// action (so it works without JavaScript, and a GET of the link, as a mail scanner makes, confirms
// nothing). A link that cannot confirm ends with the way forward: register again, or sign in.
import { Link } from "@/i18n/client-navigation";
import { useAccountForm } from "./account-form";
import styles from "./account.module.css";
import { confirmEmail } from "./actions";
import { FormAlert } from "./form-alert";
import { EMPTY_FORM } from "./validation";

/** The failures after which this link cannot confirm, and where the buyer goes instead. */
const WAY_FORWARD = {
  link_invalid: { href: "/account/register", label: "confirm.registerAgain" },
  link_expired: { href: "/account/register", label: "confirm.registerAgain" },
  already_confirmed: { href: "/account/sign-in", label: "confirm.signIn" },
} as const;

export function ConfirmEmailForm({ locale, token }: { locale: string; token?: string }) {
  // A page opened without a token is a link cut short.
  const { t, state, action, pending, form } = useAccountForm(confirmEmail, token ? EMPTY_FORM : { ...EMPTY_FORM, failure: "link_invalid" });
  const forward = state.failure ? WAY_FORWARD[state.failure as keyof typeof WAY_FORWARD] : undefined;
  return (
    <form ref={form} action={action} className={styles.form}>
      <input type="hidden" name="locale" value={locale} />
      {token && <input type="hidden" name="token" value={token} />}
      {state.failure ? (
        <FormAlert message={t(`failure.${state.failure}` as "failure.link_invalid")} className={styles.alert} />
      ) : (
        <p className={styles.intro}>{t("confirm.intro")}</p>
      )}
      {forward ? (
        <div className={styles.actions}>
          <Link href={forward.href} className="button">
            {t(forward.label)}
          </Link>
        </div>
      ) : (
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={pending}>
            {pending ? t("confirm.pending") : t("confirm.submit")}
          </button>
        </div>
      )}
    </form>
  );
}
