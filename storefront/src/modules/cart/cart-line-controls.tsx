"use client";
// A cart line's quantity (− and + steppers around the number) and remove forms: server actions, so
// each stepper is also a plain form post without JavaScript. With it, a step or a typed number is
// saved at once, the new number shows while it is, and nothing is sent again until it is.
import { useTranslations } from "next-intl";
import { type FormEvent, useActionState, useEffect, useId, useRef, useState } from "react";
import { type LineState, removeLine, updateLineQuantity } from "./actions";
import { announceCartChange } from "./cart-events";
import styles from "./cart.module.css";

const IDLE: LineState = { status: "idle" };

/** Long enough to finish typing "12", short enough that the total follows the number. */
const TYPING_PAUSE_MS = 700;

type CartLineControlsProps = {
  lineId: string;
  quantity: number;
  /** The most the line may hold now. */
  max: number;
  /** The line's product and pack, for the labels a screen reader reads out of context. */
  name: string;
};

export function CartLineControls({ lineId, quantity, max, name }: CartLineControlsProps) {
  const t = useTranslations("Cart");
  const [state, updateAction, updating] = useActionState(updateLineQuantity, IDLE);
  const [removed, removeAction, removing] = useActionState(removeLine, IDLE);
  const [typed, setTyped] = useState(state.status === "invalid" ? state.quantity : String(quantity));
  const [saved, setSaved] = useState(quantity);
  const inputRef = useRef<HTMLInputElement>(null);
  const typedForm = useRef<HTMLFormElement>(null);
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Set when a form is sent, cleared when its answer has rendered: a second press waits for it.
  const sending = useRef(false);
  const id = useId();
  const errorId = `${id}-error`;
  const problem = state.status === "invalid" ? state : null;
  const shown = /^\d+$/.test(typed.trim()) ? Number(typed) : quantity;
  const limit = Math.max(1, max);

  // The page re-renders with the saved quantity: shown in the same frame the pending number goes.
  if (saved !== quantity) {
    setSaved(quantity);
    setTyped(String(quantity));
  }

  useEffect(() => {
    if (!updating && !removing) sending.current = false;
  }, [updating, removing]);

  useEffect(() => {
    if (state.status === "invalid") inputRef.current?.focus();
    if (state.status === "updated") announceCartChange();
  }, [state]);

  useEffect(() => {
    if (removed.status === "removed") announceCartChange();
  }, [removed]);

  useEffect(() => () => clearTimeout(typing.current), []);

  const once = (event: FormEvent<HTMLFormElement>) => {
    if (sending.current) event.preventDefault();
    else sending.current = true;
  };
  const saveTyped = () => {
    clearTimeout(typing.current);
    if (typed.trim() !== String(quantity)) typedForm.current?.requestSubmit();
  };

  const stepper = (delta: -1 | 1) => (
    <form
      action={updateAction}
      onSubmit={(event) => {
        once(event);
        // Shown while it is saved. Set here, not on click: the form's data is already read.
        if (!event.defaultPrevented) setTyped(String(shown + delta));
      }}
    >
      <input type="hidden" name="lineId" value={lineId} />
      <input type="hidden" name="quantity" value={shown + delta} />
      <button
        type="submit"
        className={styles.step}
        disabled={delta < 0 ? shown <= 1 : shown >= limit}
        aria-disabled={updating || undefined}
        aria-label={t(delta < 0 ? "decrease" : "increase", { name })}
      >
        {delta < 0 ? "−" : "+"}
      </button>
    </form>
  );

  return (
    <div className={styles.controls}>
      <div className={styles.quantityRow}>
        <label htmlFor={`${id}-quantity`} className={styles.quantityLabel}>
          {t("quantity")}
          <span className="visually-hidden"> {name}</span>
        </label>
        <div className={styles.stepper} aria-busy={updating || undefined}>
          {stepper(-1)}
          <form ref={typedForm} action={updateAction} onSubmit={once} noValidate>
            <input type="hidden" name="lineId" value={lineId} />
            <input
              ref={inputRef}
              id={`${id}-quantity`}
              name="quantity"
              type="number"
              inputMode="numeric"
              enterKeyHint="done"
              min={1}
              max={limit}
              step={1}
              value={typed}
              onChange={(event) => {
                setTyped(event.target.value);
                clearTimeout(typing.current);
                typing.current = setTimeout(() => typedForm.current?.requestSubmit(), TYPING_PAUSE_MS);
              }}
              onBlur={saveTyped}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem || state.status === "unavailable" ? errorId : undefined}
              className={`field-input ${styles.quantity}`}
            />
            {/* Only without JavaScript, where a typed number waits for a press. */}
            <button type="submit" className={`button-secondary ${styles.update}`}>
              {t("update")}
              <span className="visually-hidden"> {name}</span>
            </button>
          </form>
          {stepper(1)}
        </div>
        <span role="status" className={styles.saving}>
          {updating ? t("saving") : ""}
        </span>
      </div>
      <form action={removeAction} onSubmit={once}>
        <input type="hidden" name="lineId" value={lineId} />
        <button type="submit" className={styles.linkButton} aria-disabled={removing || undefined}>
          {t("remove")}
          <span className="visually-hidden"> {name}</span>
        </button>
      </form>
      {problem && (
        <p id={errorId} className="field-error" role="alert">
          {problem.problem === "not_a_number"
            ? t("notANumber")
            : problem.problem === "too_small"
              ? t("tooSmall")
              : problem.problem === "out_of_stock"
                ? t("soldOut")
                : t("tooLarge", { max: problem.max })}
        </p>
      )}
      {(state.status === "unavailable" || removed.status === "unavailable") && (
        <p id={errorId} className="field-error" role="alert">
          {t("unavailable")}
        </p>
      )}
    </div>
  );
}
