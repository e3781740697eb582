// The account's client forms get the Account messages only, not the whole catalogue of texts.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

export async function AccountMessages({ children, also = [] }: { children: ReactNode; also?: string[] }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(["Account", ...also].map((namespace) => [namespace, messages[namespace]]));
  return (
    <NextIntlClientProvider messages={picked}>
      <>{children}</>
    </NextIntlClientProvider>
  );
}
