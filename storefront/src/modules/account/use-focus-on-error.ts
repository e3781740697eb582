"use client";
// After a refused submit, the focus goes to the first field in error, or to the form's alert, so a
// keyboard or screen reader user lands on what needs fixing.
import { type RefObject, useEffect } from "react";
import type { FormState } from "./validation";

export function useFocusOnError(form: RefObject<HTMLFormElement | null>, state: FormState) {
  useEffect(() => {
    if (!state.failure && Object.keys(state.errors).length === 0) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-alert]');
    target?.focus();
  }, [form, state]);
}
