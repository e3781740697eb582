import { VIETNAM_TIME_ZONE } from "@ocop/domain/vietnam-date";
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Certificate dates are Vietnamese calendar dates, whatever the server's zone.
    timeZone: VIETNAM_TIME_ZONE,
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
