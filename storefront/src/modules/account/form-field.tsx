// One labelled input of an account form: its hint and error are tied to it with aria-describedby,
// and an invalid field says so (aria-invalid) so the form can move the focus to it.
import type { InputHTMLAttributes } from "react";
import styles from "./account.module.css";

type FormFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  /** The form's id prefix, so two forms on one page never share an id. */
  formId: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
};

export function FormField({ formId, name, label, hint, error, ...input }: FormFieldProps) {
  const id = `${formId}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="field-input"
        {...input}
      />
    </div>
  );
}
