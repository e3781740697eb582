"use client";
// The review's one button. A refusal (stock gone, backend down) is said here, naming the lines.
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Link } from "@/i18n/navigation";
import { type PlaceOrderState, placeOrder } from "./actions";
import styles from "./checkout.module.css";

const IDLE: PlaceOrderState = { status: "idle" };

export function PlaceOrderForm() {
  const t = useTranslations("Checkout");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(placeOrder, IDLE);
  const problemRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status !== "idle") problemRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} className={styles.placeOrder}>
      <input type="hidden" name="locale" value={locale} />
      {state.status !== "idle" && (
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
            <p>{state.status === "refused" ? t("refused") : t("unavailable")}</p>
          )}
        </div>
      )}
      <button type="submit" className={`button ${styles.submit}`} aria-disabled={pending || undefined}>
        {pending ? t("placing") : t("placeOrder")}
      </button>
    </form>
  );
}
