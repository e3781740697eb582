"use client";
// The header's cart link: a plain link on the server, its count asked from /api/cart/summary after
// hydration, on every navigation (the header outlives pages: placing an order empties the cart
// without reloading it), and whenever the page announces a change.
import { useTranslations } from "next-intl";
import { type ComponentProps, useEffect, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { CART_CHANGED_EVENT } from "./cart-events";
import styles from "./cart-link.module.css";

async function fetchCount(): Promise<number | null> {
  try {
    const response = await fetch("/api/cart/summary", { cache: "no-store" });
    if (!response.ok) return null;
    const { count } = (await response.json()) as { count: number | null };
    return count;
  } catch {
    return null;
  }
}

/**
 * `children` is what the link shows besides the count (an icon, the word "cart"), and `href` the
 * cart's path in the buyer's language, both rendered by the server.
 */
export function CartLink({ href, className, children }: { href: string; className?: string; children: ComponentProps<typeof Link>["children"] }) {
  const t = useTranslations("HeaderCart");
  const [count, setCount] = useState<number | null>(null);
  const pathname = usePathname();

  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is not read, it is when to ask again (each navigation).
  useEffect(() => {
    let current = true;
    const refresh = (event?: Event) => {
      const known = (event as CustomEvent<{ count?: number }> | undefined)?.detail?.count;
      if (typeof known === "number") {
        setCount(known);
        return;
      }
      fetchCount().then((fetched) => current && setCount(fetched));
    };
    refresh();
    window.addEventListener(CART_CHANGED_EVENT, refresh);
    return () => {
      current = false;
      window.removeEventListener(CART_CHANGED_EVENT, refresh);
    };
  }, [pathname]);

  return (
    <Link href={href} prefetch={false} className={className} aria-label={count === null ? undefined : t("cartCount", { count })}>
      {children}
      {count !== null && count > 0 && (
        <span className={styles.count} aria-hidden="true">
          {count}
        </span>
      )}
    </Link>
  );
}
