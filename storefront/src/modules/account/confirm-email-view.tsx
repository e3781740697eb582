// The confirmation page: one narrow card with the button that confirms the email of the link.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import styles from "./account.module.css";
import { AccountMessages } from "./account-messages";
import { ConfirmEmailForm } from "./confirm-email-form";

export async function ConfirmEmailView({ locale, token }: { locale: Locale; token?: string }) {
  const t = await getTranslations("Account");
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <h1 className={styles.heading}>{t("confirm.title")}</h1>
      <div className={styles.card}>
        <AccountMessages>
          <ConfirmEmailForm locale={locale} token={token} />
        </AccountMessages>
      </div>
    </div>
  );
}
