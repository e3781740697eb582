// What a page shows instead of its content when the store is not configured or not reachable.
import { useTranslations } from "next-intl";
import { StoreNotice } from "./store-notice";

export function StoreUnavailable({ reason, reloadHref }: { reason: "not_configured" | "unavailable"; reloadHref: string }) {
  const t = useTranslations("Errors");
  if (reason === "not_configured") {
    return (
      <StoreNotice title={t("notConfiguredTitle")}>
        <p>{t("notConfiguredBody")}</p>
        <p>{t("notConfiguredHint")}</p>
      </StoreNotice>
    );
  }
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
