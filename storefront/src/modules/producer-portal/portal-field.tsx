// One labelled field of a portal form: input, textarea or select, with its hint and the backend's
// sentence tied to it (aria-describedby), keeping what the producer typed.
import type { ReactNode } from "react";
import styles from "./portal.module.css";

type PortalFieldProps = {
  formId: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  type?: string;
  required?: boolean;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email" | "tel";
  /** The id of a <datalist> of suggestions. */
  list?: string;
  multiline?: boolean;
  /** A select's options; the field is a select when given. */
  options?: ReactNode;
};

export function PortalField({ formId, name, label, hint, error, defaultValue, multiline, options, ...input }: PortalFieldProps) {
  const id = `${formId}-${name}`;
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  const common = { id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, defaultValue, required: input.required };
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {options ? (
        <select className="field-input" {...common}>
          {options}
        </select>
      ) : multiline ? (
        <textarea className={`field-input ${styles.textarea}`} {...common} />
      ) : (
        <input className="field-input" {...common} type={input.type} autoComplete={input.autoComplete} inputMode={input.inputMode} list={input.list} />
      )}
    </div>
  );
}
