"use client";
// The details step's state, shared by its form and its summary: the server action's answer (every
// value as typed, the errors) and the shipping option the buyer has just chosen, with the totals
// that choice gives (lib/checkout-summary.ts), so the summary follows it at once. Without
// JavaScript both come from the action's answer alone.
import { createContext, type ReactNode, useActionState, useContext, useState } from "react";
import { type SummaryCart, type SummaryOption, type SummaryTotals, summaryTotals } from "@/lib/checkout-summary";
import { type DetailsState, saveCheckoutDetails } from "./actions";

type CheckoutDetails = {
  state: DetailsState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  chooseDelivery: (kind: string) => void;
  /** For the delivery kind chosen in the form now, saved or not. */
  totals: SummaryTotals;
};

const CheckoutDetailsContext = createContext<CheckoutDetails | null>(null);

type CheckoutDetailsStateProps = {
  initial: DetailsState;
  cart: SummaryCart;
  options: readonly SummaryOption[];
  children: ReactNode;
};

export function CheckoutDetailsState({ initial, cart, options, children }: CheckoutDetailsStateProps) {
  const [state, formAction, pending] = useActionState(saveCheckoutDetails, initial);
  // A choice holds until the next answer, which brings back the choice it was sent with.
  const [chosen, setChosen] = useState<{ kind: string; after: number } | null>(null);
  const deliveryKind = chosen && chosen.after === state.submittedAt ? chosen.kind : state.values.deliveryKind;
  const chooseDelivery = (kind: string) => setChosen({ kind, after: state.submittedAt });
  const totals = summaryTotals(cart, options, deliveryKind);
  return (
    <CheckoutDetailsContext.Provider value={{ state, formAction, pending, chooseDelivery, totals }}>{children}</CheckoutDetailsContext.Provider>
  );
}

export function useCheckoutDetails(): CheckoutDetails {
  const details = useContext(CheckoutDetailsContext);
  if (!details) throw new Error("useCheckoutDetails is for the children of CheckoutDetailsState.");
  return details;
}
