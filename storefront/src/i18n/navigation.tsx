// Locale-aware links and redirects: the one way pages build URLs to each other.
import { createNavigation } from "next-intl/navigation";
import type { ComponentProps } from "react";
import { routing } from "./routing";

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * Links prefetch nothing unless asked: most pages render per request (filters, cart, account),
 * so a page of product cards would otherwise ask the server to render every card in view, and
 * the phone would spend its main thread on the answers (seen as Lighthouse's blocking time).
 */
export function Link(props: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={false} {...props} />;
}
