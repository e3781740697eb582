// The storefront's languages and localized paths: Vietnamese at "/" with no prefix, English under "/en".
import {
  CONFIRM_EMAIL_PATHNAMES,
  FAIR_PATHNAMES,
  FAIR_POSTER_PATHNAMES,
  PRODUCER_INVITE_PATHNAMES,
  RESET_PASSWORD_PATHNAMES,
} from "@ocop/domain/storefront-links";
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
    "/producers": { vi: "/chu-the-ocop", en: "/producers" },
    "/producers/[handle]": { vi: "/chu-the-ocop/[handle]", en: "/producers/[handle]" },
    "/provinces": { vi: "/gian-hang-tinh", en: "/provinces" },
    "/provinces/[province]": { vi: "/gian-hang-tinh/[province]", en: "/provinces/[province]" },
    // Fairs (hội chợ): the list, each fair's page (its catalogue at the fair) and its printable poster.
    "/fairs": { vi: "/hoi-cho", en: "/fairs" },
    "/fairs/[handle]": FAIR_PATHNAMES,
    "/fairs/[handle]/poster": FAIR_POSTER_PATHNAMES,
    "/campaigns/[handle]": { vi: "/chien-dich/[handle]", en: "/campaigns/[handle]" },
    // The short URL a package's QR code opens; the same in both languages.
    "/t/[code]": "/t/[code]",
    // A batch's label: GS1 Digital Link, /01/<GTIN-14>/10/<lot>, the same in both languages.
    "/01/[gtin]/10/[lot]": "/01/[gtin]/10/[lot]",
    "/cart": { vi: "/gio-hang", en: "/cart" },
    "/checkout": { vi: "/thanh-toan", en: "/checkout" },
    "/orders/[id]": { vi: "/don-hang/[id]", en: "/orders/[id]" },
    "/account": { vi: "/tai-khoan", en: "/account" },
    "/account/sign-in": { vi: "/tai-khoan/dang-nhap", en: "/account/sign-in" },
    "/account/register": { vi: "/tai-khoan/dang-ky", en: "/account/register" },
    // The page the link of a registration's email opens; the backend writes that link.
    "/account/confirm": CONFIRM_EMAIL_PATHNAMES,
    "/account/forgot-password": { vi: "/tai-khoan/quen-mat-khau", en: "/account/forgot-password" },
    "/account/reset-password": RESET_PASSWORD_PATHNAMES,
    "/account/orders": { vi: "/tai-khoan/don-hang", en: "/account/orders" },
    "/account/addresses": { vi: "/tai-khoan/dia-chi", en: "/account/addresses" },
    "/account/reviews": { vi: "/tai-khoan/danh-gia", en: "/account/reviews" },
    // The producer portal (modules/producer-portal): where a producer's members sign in and work.
    "/producer": "/producer",
    "/producer/register": { vi: "/producer/dang-ky", en: "/producer/register" },
    "/producer/products/new": { vi: "/producer/san-pham/moi", en: "/producer/products/new" },
    "/producer/products/[id]": { vi: "/producer/san-pham/[id]", en: "/producer/products/[id]" },
    "/producer/orders": { vi: "/producer/don-hang", en: "/producer/orders" },
    "/producer/members": { vi: "/producer/thanh-vien", en: "/producer/members" },
    "/producer/ledger": { vi: "/producer/so-thanh-toan", en: "/producer/ledger" },
    // The page the link of an invitation email opens; the backend writes that link.
    "/producer/invite": PRODUCER_INVITE_PATHNAMES,
    "/producer/orders/[id]": { vi: "/producer/don-hang/[id]", en: "/producer/orders/[id]" },
    // The shop's policies (lib/operator.ts POLICIES), linked from every page's footer.
    "/policies/shipping": { vi: "/chinh-sach/giao-hang", en: "/policies/shipping" },
    "/policies/returns": { vi: "/chinh-sach/doi-tra", en: "/policies/returns" },
    "/policies/privacy": { vi: "/chinh-sach/bao-mat", en: "/policies/privacy" },
    "/policies/payment": { vi: "/chinh-sach/thanh-toan", en: "/policies/payment" },
  },
});

export type Locale = (typeof routing.locales)[number];
export type AppPathname = keyof typeof routing.pathnames;

/** The language a form was sent in: its hidden `locale` field, else Vietnamese. */
export function formLocale(form: FormData): Locale {
  const locale = form.get("locale");
  return routing.locales.find((known) => known === locale) ?? routing.defaultLocale;
}
