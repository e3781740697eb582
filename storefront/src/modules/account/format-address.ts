// One line for a saved address, in the order Vietnamese addresses are written: street, commune, province.
import type { CustomerAddress } from "@/lib/customer";

export function addressLine(address: Pick<CustomerAddress, "address_1" | "address_2" | "city" | "province">): string {
  return [address.address_1, address.address_2, address.city, address.province].filter(Boolean).join(", ");
}
