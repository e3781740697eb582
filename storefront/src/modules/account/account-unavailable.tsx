import { useTranslations } from "next-intl";
import { StoreNotice } from "@/components/store-notice";

export function AccountUnavailable({ reloadHref }: { reloadHref: string }) {
  const t = useTranslations("Account");
  return (
    <StoreNotice
      title={t("unavailableTitle")}
      action={
        <a href={reloadHref} className="button">
          {t("reload")}
        </a>
      }
    >
      <p>{t("unavailableBody")}</p>
    </StoreNotice>
  );
}
