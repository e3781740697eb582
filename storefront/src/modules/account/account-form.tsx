"use client";
// What every account form shares: its server action's state, ids no other form on the page uses,
// the focus moved to what needs fixing after a refused submit, and the frame around the fields:
// the locale and hidden values, the form-wide alert, and a submit button that says when it works.
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useEffect, useId, useRef } from "react";
import styles from "./account.module.css";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { MAX_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/form-rules";
import { useFocusOnError } from "./use-focus-on-error";
import type { FormState } from "./validation";

export function useAccountForm<State extends FormState>(
  submit: (state: Awaited<State>, data: FormData) => Promise<State>,
  initial: Awaited<State>,
) {
  const t = useTranslations("Account");
  const [state, action, pending] = useActionState(submit, initial);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  useFocusOnError(form, state);
  /** The sentence for the field's error code, if the last submit refused it. */
  const error = (field: string) => {
    const code = state.errors[field];
    const max = MAX_LENGTH[field as keyof typeof MAX_LENGTH];
    return code ? t(`errors.${code}` as "errors.password_short", { min: MIN_PASSWORD_LENGTH, max }) : undefined;
  };
  return { t, state, action, pending, form, id, error };
}

type AccountFormController = ReturnType<typeof useAccountForm<FormState>>;

type AccountFormProps = {
  controller: AccountFormController;
  locale: string;
  /** Values the form sends back unchanged (where to go next, the address edited); empty ones are left out. */
  hidden?: Record<string, string | undefined>;
  submitLabel: string;
  pendingLabel: string;
  /** Beside the submit button, e.g. a way back. */
  secondary?: ReactNode;
  children: ReactNode;
};

export function AccountForm({ controller, locale, hidden = {}, submitLabel, pendingLabel, secondary, children }: AccountFormProps) {
  const { t, state, action, pending, form } = controller;
  return (
    <form ref={form} action={action} className={styles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      {state.failure && (
        <FormAlert message={t(`failure.${state.failure}` as "failure.throttled", state.failureValues)} className={styles.alert} />
      )}
      {children}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        {secondary}
      </div>
    </form>
  );
}

/** The person's name: the customer's own, or an address's recipient. */
export function FullNameField({ controller, label }: { controller: AccountFormController; label: string }) {
  const { state, id, error } = controller;
  return (
    <FormField
      formId={id}
      name="fullName"
      label={label}
      autoComplete="name"
      maxLength={MAX_LENGTH.fullName}
      required
      defaultValue={state.values.fullName ?? ""}
      error={error("fullName")}
    />
  );
}

export function EmailField({ controller }: { controller: AccountFormController }) {
  const { t, state, id, error } = controller;
  return (
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
  );
}

/** A Vietnamese mobile or landline number, with the hint that says which forms are taken. */
export function PhoneField({ controller }: { controller: AccountFormController }) {
  const { t, state, id, error } = controller;
  return (
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
  );
}

/** A password being chosen (registering, resetting), with the hint that says how long it must be. */
export function NewPasswordField({ controller, label }: { controller: AccountFormController; label: string }) {
  const { t, id, error } = controller;
  return (
    <FormField
      formId={id}
      name="password"
      type="password"
      label={label}
      hint={t("fields.passwordHint", { min: MIN_PASSWORD_LENGTH })}
      autoComplete="new-password"
      minLength={MIN_PASSWORD_LENGTH}
      maxLength={MAX_LENGTH.password}
      required
      error={error("password")}
    />
  );
}

/**
 * What a form turns into once its work is done (an email sent, a password saved): announced, and
 * given the focus when it appears, so a screen reader user hears it in place of the form.
 */
export function DonePanel({ children }: { children: ReactNode }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div ref={panel} role="status" tabIndex={-1} className={styles.sent}>
      {children}
    </div>
  );
}
