"use client";
// The buy box's form: with JavaScript it adds in place and updates the header's count; without,
// it posts to the same server action and the page comes back with the answer. On a phone its price
// and button ride in a bar at the bottom of the screen (buy-box.module.css): the same form, not a copy.
import { useActionState, useEffect, useId, useRef, useState } from "react";
import Link from "next/link";
import type { Locale } from "@/i18n/routing";
import { type AddToCartState, addToCart } from "./actions";
import styles from "./buy-box.module.css";
import { announceCartChange } from "./cart-events";
import { StockLabel, type StockWords } from "./stock-label";

/** A pack size as the server words it in the buyer's language. */
export type PackOption = {
  id: string;
  label: string;
  /** What a screen reader hears before the price, e.g. "Giá Hộp 500 g:". */
  priceLabel: string;
  /** Already formatted, e.g. "125.000 ₫". */
  price: string;
  stock: StockWords;
  /** The most one order may take. */
  max: number;
  /** Below the quantity: the most one may take, or that it is sold out. */
  hint: string;
};

/** The form's own words in the buyer's language, from the server; the action's answers bring theirs. */
export type BuyBoxWords = { packs: string; quantity: string; addToCart: string; adding: string; viewCart: string };

type BuyBoxFormProps = {
  productId: string;
  packs: [PackOption, ...PackOption[]];
  locale: Locale;
  words: BuyBoxWords;
  /** The cart's path in the buyer's language. */
  cartHref: string;
};

const INITIAL: AddToCartState = { status: "idle" };

/** `packs` holds at least one option: BuyBox renders no form for a product without a priced variant. */
export function BuyBoxForm({ productId, packs, locale, words, cartHref }: BuyBoxFormProps) {
  const [state, formAction, pending] = useActionState(addToCart, INITIAL);
  const kept = state.status === "idle" || state.status === "added" ? null : state;
  const [packId, setPackId] = useState(
    () => packs.find((pack) => pack.id === kept?.variantId)?.id ?? (packs.find((pack) => pack.max > 0) ?? packs[0]).id,
  );
  const [quantity, setQuantity] = useState(kept?.quantity ?? "1");
  const quantityRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const pack = packs.find((candidate) => candidate.id === packId) ?? packs[0];
  const soldOut = pack.max === 0;

  const problem = state.status === "invalid" && state.variantId === pack.id ? state : null;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  useEffect(() => {
    if (state.status === "invalid") quantityRef.current?.focus();
    if (state.status === "added") announceCartChange({ count: state.cartCount, label: state.cartLabel });
  }, [state]);

  return (
    <form action={formAction} className={styles.buyBox} noValidate>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="locale" value={locale} />
      <fieldset className={styles.packs}>
        <legend className={styles.legend}>{words.packs}</legend>
        {packs.map((option) => (
          <label key={option.id} className="choice-card">
            <input
              type="radio"
              name="variantId"
              value={option.id}
              checked={option.id === pack.id}
              onChange={() => setPackId(option.id)}
            />
            <span className={styles.packLabel}>{option.label}</span>
            <span className={styles.packPrice}>{option.price}</span>
            <StockLabel stock={option.stock} className={styles.packStock} />
          </label>
        ))}
      </fieldset>

      <div className={styles.quantityRow}>
        <label htmlFor={`${id}-quantity`} className={styles.quantityLabel}>
          {words.quantity}
        </label>
        <input
          ref={quantityRef}
          id={`${id}-quantity`}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={Math.max(1, pack.max)}
          step={1}
          value={quantity}
          onChange={(event) => setQuantity(event.target.value)}
          disabled={soldOut}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${errorId} ${hintId}` : hintId}
          className={`field-input ${styles.quantity}`}
        />
        <span id={hintId} className="field-hint">
          {pack.hint}
        </span>
      </div>
      {problem && (
        <p id={errorId} className="field-error" role="alert">
          {problem.message}
        </p>
      )}
      {(state.status === "unavailable" || state.status === "gone") && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}

      {/* On a phone, a bar fixed to the bottom of the screen: the price and the form's own button. */}
      <div className={styles.bar}>
        <p className={styles.price} aria-live="polite">
          <span className="visually-hidden">{pack.priceLabel} </span>
          {pack.price}
        </p>
        <button type="submit" className={`button ${styles.add}`} disabled={soldOut} aria-disabled={pending || undefined}>
          {pending ? words.adding : words.addToCart}
        </button>
      </div>

      {state.status === "added" && (
        <p key={state.addedAt} className={styles.added} role="status">
          {state.message}{" "}
          <Link href={cartHref} prefetch={false}>
            {words.viewCart}
          </Link>
        </p>
      )}
    </form>
  );
}
