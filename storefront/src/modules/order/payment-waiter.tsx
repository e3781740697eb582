"use client";
// While a bank transfer is awaited, asks the shop every few seconds whether it has arrived, and
// when it has, renders the page again (now paid), with no reload. Asks less often the longer it
// waits, and stops when the tab is hidden.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const FIRST_DELAY_MS = 3_000;
const LONGEST_DELAY_MS = 30_000;

export function PaymentWaiter({ orderId }: { orderId: string }) {
  const router = useRouter();
  useEffect(() => {
    let delay = FIRST_DELAY_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const ask = async () => {
      if (stopped) return;
      if (document.visibilityState === "visible") {
        try {
          const answer = await fetch(`/api/orders/${encodeURIComponent(orderId)}/payment`, { cache: "no-store" });
          const { state } = (await answer.json()) as { state: string | null };
          if (state && state !== "awaiting") {
            router.refresh();
            return;
          }
        } catch {
          // Offline for a moment: ask again later.
        }
      }
      delay = Math.min(Math.round(delay * 1.3), LONGEST_DELAY_MS);
      timer = setTimeout(ask, delay);
    };
    timer = setTimeout(ask, delay);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [orderId, router]);
  return null;
}
