"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useRef } from "react";
import { signIn } from "./actions";
import styles from "./account.module.css";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { useFocusOnError } from "./use-focus-on-error";
import { EMPTY_FORM } from "./validation";

export function SignInForm({ locale, next }: { locale: string; next?: string }) {
  const t = useTranslations("Account");
  const [state, action, pending] = useActionState(signIn, EMPTY_FORM);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  useFocusOnError(form, state);
  const error = (name: string) => {
    const code = state.errors[name];
    return code ? t(`errors.${code}` as "errors.required") : undefined;
  };

  return (
    <form ref={form} action={action} className={styles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      {state.failure && (
        <FormAlert message={t(`failure.${state.failure}` as "failure.unavailable")} className={styles.alert} />
      )}
      <FormField
        formId={id}
        name="email"
        type="email"
        label={t("fields.email")}
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values.email ?? ""}
        error={error("email")}
      />
      <FormField
        formId={id}
        name="password"
        type="password"
        label={t("fields.password")}
        autoComplete="current-password"
        required
        error={error("password")}
      />
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("signIn.pending") : t("signIn.submit")}
        </button>
      </div>
    </form>
  );
}
