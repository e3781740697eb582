// A code that no pack carries (mistyped, or not registered on the marketplace): say so in the
// buyer's language and offer the ways on, rather than a bare "page not found".
import { useTranslations } from "next-intl";
import { StoreNotice } from "@/components/store-notice";
import { Link } from "@/i18n/navigation";

export default function TraceNotFound() {
  const t = useTranslations("Trace");
  return (
    <StoreNotice
      title={t("notFoundTitle")}
      action={
        <Link href="/products" className="button">
          {t("notFoundAction")}
        </Link>
      }
    >
      <p>{t("notFoundBody")}</p>
    </StoreNotice>
  );
}
