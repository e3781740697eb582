// What an order's address shows to anyone but its buyer, and for an id that names no order: one
// page for both, so it tells no one which orders exist.
import { useLocale, useTranslations } from "next-intl";
import { StoreNotice } from "@/components/store-notice";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

export default function OrderNotFound() {
  const t = useTranslations("Order");
  const next = getPathname({ href: "/account/orders", locale: useLocale() as Locale });
  return (
    <StoreNotice
      title={t("notFoundTitle")}
      action={
        <Link href={{ pathname: "/account/sign-in", query: { next } }} className="button">
          {t("signIn")}
        </Link>
      }
    >
      <p>{t("notFoundBody")}</p>
    </StoreNotice>
  );
}
