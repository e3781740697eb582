// The sign-in and registration pages: one narrow card with the form, and the way to the other.
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import styles from "./account.module.css";
import { AccountMessages } from "./account-messages";
import { RegisterForm } from "./register-form";
import { SignInForm } from "./sign-in-form";

export async function AuthView({ mode, locale, next }: { mode: "signIn" | "register"; locale: Locale; next?: string }) {
  const t = await getTranslations("Account");
  const query = next ? { next } : {};
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <h1 className={styles.heading}>{t(`${mode}.title`)}</h1>
      <p className={styles.lead}>{t(`${mode}.intro`)}</p>
      <div className={styles.card}>
        <AccountMessages>
          {mode === "signIn" ? <SignInForm locale={locale} next={next} /> : <RegisterForm locale={locale} />}
        </AccountMessages>
      </div>
      {mode === "signIn" && (
        <p className={styles.switch}>
          <Link href="/account/forgot-password">{t("signIn.forgotLink")}</Link>
        </p>
      )}
      <p className={styles.switch}>
        {mode === "signIn" ? (
          <>
            {t("signIn.noAccount")} <Link href={{ pathname: "/account/register", query }}>{t("signIn.registerLink")}</Link>
          </>
        ) : (
          <>
            {t("register.haveAccount")} <Link href={{ pathname: "/account/sign-in", query }}>{t("register.signInLink")}</Link>
          </>
        )}
      </p>
      <p className={`${styles.switch} ${styles.muted}`}>{t("signIn.guest")}</p>
    </div>
  );
}
