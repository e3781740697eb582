// The forgotten-password and reset pages: one narrow card with the form, and the way back to signing in.
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import styles from "./account.module.css";
import { AccountMessages } from "./account-messages";
import { ForgotPasswordForm } from "./forgot-password-form";
import { ResetPasswordForm } from "./reset-password-form";

type PasswordResetViewProps = { locale: Locale } & ({ step: "forgot" } | { step: "reset"; token?: string; email?: string });

export async function PasswordResetView(props: PasswordResetViewProps) {
  const t = await getTranslations("Account");
  const { locale } = props;
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <h1 className={styles.heading}>{t(`${props.step}.title`)}</h1>
      <p className={styles.lead}>
        {props.step === "forgot"
          ? t("forgot.intro")
          : props.email
            ? t.rich("reset.intro", { email: props.email, strong: (chunks) => <strong>{chunks}</strong> })
            : t("reset.introNoEmail")}
      </p>
      <div className={styles.card}>
        <AccountMessages>
          {props.step === "forgot" ? <ForgotPasswordForm locale={locale} /> : <ResetPasswordForm locale={locale} token={props.token} />}
        </AccountMessages>
      </div>
      <p className={styles.switch}>
        <Link href="/account/sign-in">{t("forgot.backToSignIn")}</Link>
      </p>
    </div>
  );
}
