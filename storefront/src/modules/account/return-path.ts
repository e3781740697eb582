// Where signing in leads back to: a page of this site, never the sign-in, register or confirmation
// page itself (which would send a signed-in buyer round in a circle).
import { getPathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { safeReturnPath } from "./validation";

const AUTH_PAGES = new Set(
  routing.locales.flatMap((locale) => [
    getPathname({ href: "/account/sign-in", locale }),
    getPathname({ href: "/account/register", locale }),
    getPathname({ href: "/account/confirm", locale }),
  ]),
);

export function returnPathAfterSignIn(next: unknown): string | undefined {
  const path = safeReturnPath(next);
  if (!path) return undefined;
  return AUTH_PAGES.has(path.split("?")[0]!) ? undefined : path;
}
