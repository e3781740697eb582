// A label whose lot the marketplace does not know (misprinted, or not issued here): say so in the
// buyer's language and offer the ways on, rather than a bare "page not found".
import { useTranslations } from "next-intl";
import { StoreNotice } from "@/components/store-notice";
import { Link } from "@/i18n/navigation";

export default function BatchTraceNotFound() {
  const t = useTranslations("Trace");
  return (
    <StoreNotice
      title={t("batchNotFoundTitle")}
      action={
        <Link href="/products" className="button">
          {t("notFoundAction")}
        </Link>
      }
    >
      <p>{t("batchNotFoundBody")}</p>
    </StoreNotice>
  );
}
