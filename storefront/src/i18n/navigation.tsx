// Locale-aware links and redirects for server components and actions: the one way pages build URLs
// to each other. They are built from the routing's paths (./known-paths) rather than by next-intl's
// navigation, whose Link is a client component that brings its routing code to every page's
// scripts, where each path is already known when the page is rendered. Client components get their
// URLs as props, or, on the pages with forms of their own (cart, checkout, account), from
// ./client-navigation.
import NextLink from "next/link";
import { redirect as nextRedirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { type Href, pathOf } from "./known-paths";
import type { Locale } from "./routing";

export type { Href };

export function getPathname({ href, locale }: { href: Href; locale: Locale }): string {
  return pathOf(href, locale);
}

export function redirect({ href, locale }: { href: Href; locale: Locale }): never {
  return nextRedirect(pathOf(href, locale));
}

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href" | "locale" | "prefetch"> & { href: Href; locale?: Locale };

/**
 * A plain Next link to a page in the buyer's language (or `locale`'s).
 *
 * It prefetches nothing: most pages render per request (filters, cart, account), so a page of
 * product cards would otherwise ask the server to render every card in view, and the phone would
 * spend its main thread on the answers (seen as Lighthouse's blocking time).
 */
export async function Link({ href, locale, ...props }: LinkProps) {
  const target = locale ?? ((await getLocale()) as Locale);
  return <NextLink prefetch={false} href={pathOf(href, target)} {...props} />;
}
