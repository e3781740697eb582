"use client";
// Copies one value of the transfer (account number, amount, reference) for a buyer who types the
// transfer into a bank app by hand. Without the Clipboard API (or JavaScript) the value stays
// selectable beside it.
import { useState } from "react";
import styles from "./bank-transfer.module.css";

/** `what` names the value for a screen reader, after the visible label ("Sao chép số tài khoản"). */
export function CopyButton({ value, what, label, copiedLabel }: { value: string; what: string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={styles.copy}
      aria-label={`${label} ${what.toLocaleLowerCase()}`}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(value);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          setCopied(false);
        }
      }}
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </button>
  );
}
