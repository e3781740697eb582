"use client";
// The header's menu: a <details> (its <summary> comes in children), so it opens without JavaScript
// and from the keyboard. The header outlives pages, so with JavaScript it also closes when a link
// in it is followed, and on Escape.
import { type ReactNode, useEffect, useRef } from "react";
import { usePathname } from "@/i18n/navigation";

export function HeaderMenu({ className, children }: { className?: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is not read, it is when to close (each navigation).
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <details
      ref={menu}
      className={className}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !menu.current?.open) return;
        menu.current.open = false;
        menu.current.querySelector("summary")?.focus();
      }}
    >
      {children}
    </details>
  );
}
