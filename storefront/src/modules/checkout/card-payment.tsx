"use client";
// Cards on the review step, the one place they are paid: Stripe's Payment Element for the
// PaymentIntent Medusa's Stripe provider opened for the cart, then the same place-order path as
// every way to pay. Stripe.js comes from js.stripe.com only once this renders (the /pure entry
// loads nothing on import), so no other page or step fetches it. The amount is the intent's, set by
// the backend in whole đồng: nothing here converts it.
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
import type { Appearance, StripeElementsOptions } from "@stripe/stripe-js";
import { loadStripe } from "@stripe/stripe-js/pure";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { Link } from "@/i18n/client-navigation";
import { type CardProblem, cardPaymentOutcome } from "@/lib/checkout-payment";
import styles from "./checkout.module.css";
import { PlaceOrderForm } from "./place-order-form";

/** The shop's colours and corners inside Stripe's frame (globals.css), so the card form reads as ours. */
const APPEARANCE: Appearance = {
  theme: "stripe",
  variables: {
    colorPrimary: "#1f5135",
    colorText: "#1c2421",
    colorTextSecondary: "#56615c",
    colorDanger: "#b42318",
    borderRadius: "10px",
    fontSizeBase: "16px",
  },
};

type CardPaymentProps = {
  publishableKey: string;
  clientSecret: string;
  /** What the card is asked for (the session's amount, whole đồng) as the shop writes it, for the button. */
  total: string;
};

export function CardPayment({ publishableKey, clientSecret, total }: CardPaymentProps) {
  const locale = useLocale();
  // Once per mount: Elements must keep the same Stripe promise. A Stripe.js that cannot be fetched
  // resolves to null (no unhandled rejection) and the buyer is told.
  const [stripe] = useState(() => loadStripe(publishableKey).catch(() => null));
  const [loadFailed, setLoadFailed] = useState(false);
  useEffect(() => {
    let current = true;
    void stripe.then((loaded) => {
      if (!loaded && current) setLoadFailed(true);
    });
    return () => {
      current = false;
    };
  }, [stripe]);
  const options = useMemo<StripeElementsOptions>(() => ({ clientSecret, locale: locale === "en" ? "en" : "vi", appearance: APPEARANCE }), [clientSecret, locale]);

  return (
    <Elements stripe={stripe} options={options}>
      <CardPlaceOrder total={total} loadFailed={loadFailed} onLoadError={() => setLoadFailed(true)} />
    </Elements>
  );
}

function CardPlaceOrder({ total, loadFailed, onLoadError }: { total: string; loadFailed: boolean; onLoadError: () => void }) {
  const t = useTranslations("Checkout.cardPayment");
  const stripe = useStripe();
  const elements = useElements();
  const [ready, setReady] = useState(false);

  const pay = async (): Promise<CardProblem | null> => {
    if (!stripe || !elements) return "failed";
    const result = await stripe.confirmPayment({
      elements,
      // Cards are confirmed here, 3-D Secure included; only a way to pay that must leave the page
      // (none is offered for VND today) comes back to this step, where the order is placed.
      redirect: "if_required",
      confirmParams: { return_url: `${window.location.origin}${window.location.pathname}?step=review` },
    });
    const outcome = cardPaymentOutcome(result);
    return outcome.paid ? null : outcome.problem;
  };

  return (
    <PlaceOrderForm card={{ pay, ready: ready && !loadFailed, label: t("pay", { total }) }}>
      <section className={styles.section} aria-labelledby="card-payment-heading">
        <h2 id="card-payment-heading" className={styles.legend}>
          {t("heading")}
        </h2>
        <p className={styles.choiceNote}>{t("lead")}</p>
        {loadFailed ? (
          <div className={styles.problem} role="alert">
            <p>{t("loadFailed")}</p>
            <Link href="/checkout">{t("changeMethod")}</Link>
          </div>
        ) : (
          <>
            {!ready && (
              <p className={styles.choiceNote} role="status">
                {t("loading")}
              </p>
            )}
            <PaymentElement onReady={() => setReady(true)} onLoadError={onLoadError} />
          </>
        )}
      </section>
    </PlaceOrderForm>
  );
}
