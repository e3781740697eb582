// The storefront's languages and localized paths: Vietnamese at "/" with no prefix, English under "/en".
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "as-needed",
  // "/" is always Vietnamese, whatever the browser asks for: the language switch is the buyer's choice.
  localeDetection: false,
  // Nothing reads a locale cookie without detection, so none is set.
  localeCookie: false,
  pathnames: {
    "/": "/",
    "/products": { vi: "/san-pham", en: "/products" },
    "/products/[handle]": { vi: "/san-pham/[handle]", en: "/products/[handle]" },
    "/search": { vi: "/tim-kiem", en: "/search" },
  },
});

export type Locale = (typeof routing.locales)[number];
export type AppPathname = keyof typeof routing.pathnames;
