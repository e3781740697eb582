"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useRef } from "react";
import { registerCustomer } from "./actions";
import styles from "./account.module.css";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { useFocusOnError } from "./use-focus-on-error";
import { EMPTY_FORM, MIN_PASSWORD_LENGTH } from "./validation";

export function RegisterForm({ locale, next }: { locale: string; next?: string }) {
  const t = useTranslations("Account");
  const [state, action, pending] = useActionState(registerCustomer, EMPTY_FORM);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  useFocusOnError(form, state);
  const error = (name: string) => {
    const code = state.errors[name];
    return code ? t(`errors.${code}` as "errors.passwordShort", { min: MIN_PASSWORD_LENGTH }) : undefined;
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
        name="fullName"
        label={t("fields.fullName")}
        autoComplete="name"
        maxLength={100}
        required
        defaultValue={state.values.fullName ?? ""}
        error={error("fullName")}
      />
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
        name="phone"
        type="tel"
        label={t("fields.phone")}
        hint={t("fields.phoneHint")}
        autoComplete="tel"
        inputMode="tel"
        required
        defaultValue={state.values.phone ?? ""}
        error={error("phone")}
      />
      <FormField
        formId={id}
        name="password"
        type="password"
        label={t("fields.password")}
        hint={t("fields.passwordHint", { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        error={error("password")}
      />
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("register.pending") : t("register.submit")}
        </button>
      </div>
    </form>
  );
}
