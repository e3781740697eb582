// The account's client forms get the Account messages (and any they embed) only, not every text of the shop.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ComponentProps } from "react";

type Children = ComponentProps<typeof NextIntlClientProvider>["children"];

export async function AccountMessages({ children, also = [] }: { children: Children; also?: string[] }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(["Account", ...also].map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
