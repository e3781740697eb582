import { useTranslations } from "next-intl";
import { StoreNotice } from "@/components/store-notice";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("Errors");
  return (
    <StoreNotice
      title={t("notFoundTitle")}
      action={
        <Link href="/" className="button">
          {t("backHome")}
        </Link>
      }
    >
      <p>{t("notFoundBody")}</p>
    </StoreNotice>
  );
}
