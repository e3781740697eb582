"use client";
// The province pavilion throws when the store API does not answer (a cached copy is kept meanwhile);
// a buyer without a cached copy gets the store's "unavailable" notice and a way to retry.
import { usePathname } from "next/navigation";
import { StoreUnavailable } from "@/components/store-unavailable";

export default function ProvinceError() {
  return <StoreUnavailable reason="unavailable" reloadHref={usePathname()} />;
}
