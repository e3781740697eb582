// The door of every account page: a guest is sent to sign in and comes back here afterwards.
import { getPathname, redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { type Customer, loadCustomer } from "@/lib/customer";

type AccountHref = "/account" | "/account/orders" | "/account/addresses" | "/account/reviews";

/** The signed-in customer, or null when the backend cannot say who it is (the page says so). */
export async function requireCustomer(locale: Locale, href: AccountHref): Promise<Customer | null> {
  const state = await loadCustomer();
  if (state.status === "guest") {
    redirect({ href: { pathname: "/account/sign-in", query: { next: getPathname({ href, locale }) } }, locale });
  }
  return state.status === "signed_in" ? state.customer : null;
}
