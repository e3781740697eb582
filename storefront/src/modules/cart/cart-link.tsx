"use client";
// The header's cart link: a plain link on the server, its count asked from /api/cart/summary after
// hydration, on every navigation (the header outlives pages: placing an order empties the cart
// without reloading it), and whenever the page announces a change.
import { type ComponentProps, useEffect, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { CART_CHANGED_EVENT, type CartCount } from "./cart-events";
import styles from "./cart-link.module.css";

/** The cart's count and the link's label for it, worded by the server in the buyer's language. */
async function fetchCount(locale: Locale): Promise<CartCount | null> {
  try {
    const response = await fetch(`/api/cart/summary?locale=${locale}`, { cache: "no-store" });
    if (!response.ok) return null;
    const known = (await response.json()) as CartCount | { count: null };
    return known.count === null ? null : (known as CartCount);
  } catch {
    return null;
  }
}

/**
 * `children` is what the link shows besides the count (an icon, the word "cart"), and `href` the
 * cart's path in the buyer's language, both rendered by the server.
 */
export function CartLink({
  href,
  locale,
  className,
  children,
}: {
  href: string;
  locale: Locale;
  className?: string;
  children: ComponentProps<typeof Link>["children"];
}) {
  const [known, setKnown] = useState<CartCount | null>(null);
  const pathname = usePathname();

  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is not read, it is when to ask again (each navigation).
  useEffect(() => {
    let current = true;
    const refresh = (event?: Event) => {
      const announced = (event as CustomEvent<CartCount | undefined> | undefined)?.detail;
      if (announced) {
        setKnown(announced);
        return;
      }
      fetchCount(locale).then((fetched) => current && setKnown(fetched));
    };
    refresh();
    window.addEventListener(CART_CHANGED_EVENT, refresh);
    return () => {
      current = false;
      window.removeEventListener(CART_CHANGED_EVENT, refresh);
    };
  }, [pathname, locale]);

  return (
    <Link href={href} prefetch={false} className={className} aria-label={known?.label}>
      {children}
      {known && known.count > 0 && (
        <span className={styles.count} aria-hidden="true">
          {known.count}
        </span>
      )}
    </Link>
  );
}
