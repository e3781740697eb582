"use client";
// The review's one button. A refusal (stock gone, another checkout holding the cart, backend down) or
// an order not confirmed yet is said here, naming the lines; for a card, the card is paid at Stripe
// first (card-payment.tsx) and its refusal is said here too.
import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Link } from "@/i18n/client-navigation";
import type { CardProblem } from "@/lib/checkout-payment";
import { type PlaceOrderState, placeOrder } from "./actions";
import styles from "./checkout.module.css";

const IDLE: PlaceOrderState = { status: "idle" };

/** A card paid before the order is placed: what pays it, whether its form is ready, the button's words. */
export type CardBeforeOrder = {
  /** Confirms the card at Stripe: null once it is held, else what to tell the buyer. */
  pay: () => Promise<CardProblem | null>;
  ready: boolean;
  label: string;
};

export function PlaceOrderForm({ card, children }: { card?: CardBeforeOrder; children?: ReactNode }) {
  const t = useTranslations("Checkout");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(placeOrder, IDLE);
  const [paying, setPaying] = useState(false);
  const [cardProblem, setCardProblem] = useState<CardProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const busy = pending || paying;

  useEffect(() => {
    if (state.status !== "idle" || cardProblem) problemRef.current?.focus();
  }, [state, cardProblem]);

  const payThenPlace = async (event: FormEvent<HTMLFormElement>) => {
    if (!card) return;
    // Without a held card the order would be placed unpaid: the form is sent only after Stripe says yes.
    event.preventDefault();
    if (busy || !card.ready) return;
    const formData = new FormData(event.currentTarget);
    // Held already by the press that met a busy cart or got no answer: only the order is asked for again.
    if (state.status === "busy" || state.status === "unconfirmed") {
      startTransition(() => formAction(formData));
      return;
    }
    setCardProblem(null);
    setPaying(true);
    const problem = await card.pay().catch((): CardProblem => "failed");
    setPaying(false);
    if (problem) setCardProblem(problem);
    else startTransition(() => formAction(formData));
  };

  const label = card ? (paying ? t("cardPayment.paying") : pending ? t("placing") : card.label) : pending ? t("placing") : t("placeOrder");

  return (
    <form action={formAction} onSubmit={card ? payThenPlace : undefined} className={styles.placeOrder}>
      <input type="hidden" name="locale" value={locale} />
      {children}
      {cardProblem ? (
        <div ref={problemRef} className={styles.problem} role="alert" tabIndex={-1} data-card-problem={cardProblem}>
          <p>{t(`cardPayment.problems.${cardProblem}`)}</p>
        </div>
      ) : (
        state.status !== "idle" && (
          <div ref={problemRef} className={styles.problem} role="alert" tabIndex={-1}>
            {state.status === "stock" ? (
              <>
                <p>{t("stockChanged")}</p>
                <ul>
                  {state.lines.map((line) => (
                    <li key={line.lineId}>
                      {line.available === 0
                        ? t("lineSoldOut", { title: line.title, pack: line.pack })
                        : t("lineShort", { title: line.title, pack: line.pack, quantity: line.quantity, available: line.available })}
                    </li>
                  ))}
                </ul>
                <Link href="/cart">{t("editCart")}</Link>
              </>
            ) : (
              <p>{t(state.status)}</p>
            )}
          </div>
        )
      )}
      <button type="submit" className={`button ${styles.submit}`} aria-disabled={busy || (card && !card.ready) || undefined}>
        {label}
      </button>
    </form>
  );
}
