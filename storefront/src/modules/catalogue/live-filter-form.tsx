"use client";
// The catalogue's filter form with JavaScript: each change opens the narrowed catalogue at once
// (a typed price after a pause), with the URL holding only the fields that say something. Without
// JavaScript it is the plain GET form it wraps, sent by its "apply" button.
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useRef, useState, useTransition } from "react";
import { withoutEmptyParams } from "@/lib/catalogue-query";

/** Long enough to type "150000" without a page per digit. */
const TYPING_PAUSE_MS = 600;

type LiveFilterFormProps = { action: string; className?: string; children: ReactNode };

export function LiveFilterForm({ action, className, children }: LiveFilterFormProps) {
  const router = useRouter();
  const [live, setLive] = useState(false);
  const [pending, startTransition] = useTransition();
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    setLive(true);
    return () => clearTimeout(typing.current);
  }, []);

  const apply = (form: HTMLFormElement) => {
    clearTimeout(typing.current);
    const sent = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === "string") sent.append(key, value);
    const query = (withoutEmptyParams(sent) ?? sent).toString();
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }));
  };

  return (
    <form
      method="get"
      action={action}
      className={className}
      data-live={live || undefined}
      aria-busy={pending || undefined}
      onChange={(event) => {
        const form = event.currentTarget;
        clearTimeout(typing.current);
        if (event.target instanceof HTMLInputElement && event.target.type === "number") typing.current = setTimeout(() => apply(form), TYPING_PAUSE_MS);
        else apply(form);
      }}
      onSubmit={(event) => {
        event.preventDefault();
        apply(event.currentTarget);
      }}
    >
      {children}
    </form>
  );
}
