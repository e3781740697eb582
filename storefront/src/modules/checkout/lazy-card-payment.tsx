"use client";
// The card step's code (Stripe's loader and its React bindings) as a chunk of its own, fetched only
// where a card is paid: a client boundary, so the checkout's other views do not download it.
import dynamic from "next/dynamic";

export const LazyCardPayment = dynamic(() => import("./card-payment").then((module) => module.CardPayment));
