"use client";

import { useTranslations } from "next-intl";
import { StoreNotice } from "@/components/store-notice";

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("Errors");
  return (
    <StoreNotice
      title={t("title")}
      action={
        <button type="button" className="button" onClick={() => retry()}>
          {t("retry")}
        </button>
      }
    >
      <p>{t("body")}</p>
    </StoreNotice>
  );
}
