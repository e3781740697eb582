"use client";
// The header's menu: a <details> (its <summary> comes in children), so it opens and closes without
// JavaScript and from the keyboard (Enter or Space on its button). The header outlives pages, so
// its one script closes it when a link in it is followed. No more: every byte here is on every page.
import { type ReactNode, useEffect, useRef } from "react";
import { usePathname } from "next/navigation";

export function HeaderMenu({ className, children }: { className?: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is not read, it is when to close (each navigation).
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <details ref={menu} className={className}>
      {children}
    </details>
  );
}
