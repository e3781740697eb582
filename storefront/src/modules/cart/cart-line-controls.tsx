"use client";
// A cart line's quantity and remove forms: server actions, so they also work as plain form posts.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { type LineState, removeLine, updateLineQuantity } from "./actions";
import { announceCartChange } from "./cart-events";
import styles from "./cart.module.css";

const IDLE: LineState = { status: "idle" };

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
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const errorId = `${id}-error`;
  const problem = state.status === "invalid" ? state : null;

  // The page re-renders with the saved quantity; show it unless the buyer's entry was refused.
  useEffect(() => {
    if (state.status !== "invalid") setTyped(String(quantity));
  }, [quantity, state.status]);

  useEffect(() => {
    if (state.status === "invalid") inputRef.current?.focus();
    if (state.status === "updated") announceCartChange();
  }, [state]);

  useEffect(() => {
    if (removed.status === "removed") announceCartChange();
  }, [removed]);

  return (
    <div className={styles.controls}>
      <form action={updateAction} className={styles.quantityForm} noValidate>
        <input type="hidden" name="lineId" value={lineId} />
        <label htmlFor={`${id}-quantity`} className={styles.quantityLabel}>
          {t("quantity")}
          <span className="visually-hidden"> {name}</span>
        </label>
        <input
          ref={inputRef}
          id={`${id}-quantity`}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={Math.max(1, max)}
          step={1}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem || state.status === "unavailable" ? errorId : undefined}
          className={`field-input ${styles.quantity}`}
        />
        <button type="submit" className="button-secondary" aria-disabled={updating || undefined}>
          {t("update")}
          <span className="visually-hidden"> {name}</span>
        </button>
      </form>
      <form action={removeAction}>
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
