"use client";
// What a producer types into a portal form is kept on the device (localStorage) as they type, so a
// refused form, a dropped connection or a closed tab loses nothing: the next time the form opens,
// its empty fields are filled in again. Passwords, files and hidden fields are never kept.
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import styles from "./portal.module.css";

const PREFIX = "ocop:portal-draft:";

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function keptFields(form: HTMLFormElement): Field[] {
  return [...form.elements].filter(
    (element): element is Field =>
      (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) &&
      Boolean(element.name) &&
      !["password", "hidden", "file", "submit", "button"].includes(element.type),
  );
}

function read(key: string): Record<string, string> {
  try {
    const kept = JSON.parse(window.localStorage.getItem(PREFIX + key) ?? "{}") as unknown;
    return kept && typeof kept === "object" ? (kept as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Forgets the draft of `key`: the form's work went through. */
export function forgetDraft(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // Storage refused (private mode, full): there is nothing to forget.
  }
}

/**
 * Keeps the form's fields under `key` as they change, and fills its empty fields from the kept
 * draft when the form mounts (again after each answer that remounts it). Returns the form's ref
 * and whether anything was filled in, for the form to say so. `skip` names fields another
 * component owns (the address picker's province and commune); `done` says the form's work went
 * through, so its draft is forgotten rather than filled in again.
 */
export function useFormDraft(
  key: string,
  { skip = [], done = false }: { skip?: readonly string[]; done?: boolean } = {},
): [(form: HTMLFormElement | null) => (() => void) | undefined, boolean] {
  const [restored, setRestored] = useState(false);
  const skipped = skip.join(" ");
  const ref = useCallback(
    (form: HTMLFormElement | null) => {
      if (!form) return undefined;
      const fields = () => keptFields(form).filter((field) => !skipped.split(" ").includes(field.name));
      if (done) forgetDraft(key);
      const draft = done ? {} : read(key);
      let filled = false;
      for (const field of fields()) {
        const kept = draft[field.name];
        if (kept && !field.value) {
          field.value = kept;
          filled = filled || field.value === kept;
        }
      }
      if (filled) setRestored(true);
      const keep = () => {
        const values = Object.fromEntries(fields().flatMap((field) => (field.value ? [[field.name, field.value]] : [])));
        try {
          if (Object.keys(values).length) window.localStorage.setItem(PREFIX + key, JSON.stringify(values));
          else window.localStorage.removeItem(PREFIX + key);
        } catch {
          // Storage refused: the form still works, it just keeps nothing.
        }
      };
      form.addEventListener("input", keep);
      form.addEventListener("change", keep);
      return () => {
        form.removeEventListener("input", keep);
        form.removeEventListener("change", keep);
      };
    },
    [key, skipped, done],
  );
  return [ref, restored];
}

export function DraftRestored({ restored }: { restored: boolean }) {
  const t = useTranslations("ProducerPortal");
  if (!restored) return null;
  return (
    <p className={styles.notice} role="status">
      {t("draftRestored")}
    </p>
  );
}

/** Rendered by the page a form's success leads to: forgets that form's draft. */
export function ForgetDraft({ draftKey }: { draftKey: string }) {
  useEffect(() => forgetDraft(draftKey), [draftKey]);
  return null;
}
