// The counter: sign-in for showroom staff, then the shift and the sale.
import { callBackend, posToken } from "@/lib/pos-session";
import type { PosMe } from "@/lib/pos-types";
import { PosApp } from "@/modules/pos/pos-app";

export default async function CounterPage() {
  const token = await posToken();
  const me = token ? await callBackend<PosMe>("/pos/me", { token }) : null;
  return <PosApp initialMe={me?.ok ? me.value : null} />;
}
