// What a page shows instead of its content when the store is not configured or not reachable.
import { useTranslations } from "next-intl";
import { StoreNotice } from "./store-notice";

/** While the local stack loads the sample catalogue, the page reloads itself every few seconds. */
const STARTING_RELOAD_SECONDS = 5;

export function StoreUnavailable({
  reason,
  reloadHref,
}: {
  reason: "starting" | "not_configured" | "unavailable";
  reloadHref: string;
}) {
  const t = useTranslations("Errors");
  if (reason === "starting") {
    return (
      <StoreNotice title={t("startingTitle")}>
        {/* React hoists this into <head>. */}
        <meta httpEquiv="refresh" content={String(STARTING_RELOAD_SECONDS)} />
        <p role="status">{t("startingBody")}</p>
      </StoreNotice>
    );
  }
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
