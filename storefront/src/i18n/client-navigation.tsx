// Locale-aware links and navigation for the client components of the pages with forms of their own
// (cart, checkout, account): next-intl's client navigation, which those pages' scripts carry. The
// header, the catalogue and the product page get their URLs from the server instead (./navigation).
import { createNavigation } from "next-intl/navigation";
import type { ComponentProps } from "react";
import { routing } from "./routing";

const navigation = createNavigation(routing);

export const { usePathname, useRouter } = navigation;

/** Prefetches nothing, as the server's Link (./navigation). */
export function Link(props: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={false} {...props} />;
}
