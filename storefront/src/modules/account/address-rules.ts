// A saved address of the account: the delivery address checkout takes (lib/delivery-address.ts)
// with an optional name for it. Server only: it reads the 2025 units.
import { type Commune, findProvince } from "@ocop/domain/admin-units";
import { type AddressInput, type CustomerAddress, fullName } from "@/lib/customer";
import { checkDeliveryAddress } from "@/lib/delivery-address";
import { MAX_LENGTH, onlyProblems } from "@/lib/form-rules";
import { type FieldErrors, type FormState, text } from "./validation";

export const ADDRESS_FIELDS = ["fullName", "phone", "provinceCode", "communeCode", "street", "addressName"] as const;
export type AddressValues = Record<(typeof ADDRESS_FIELDS)[number], string>;

/** The address form's state: the communes of the chosen province travel with it, for the picker. */
export type AddressFormState = FormState & { values: Partial<AddressValues>; communes: readonly Commune[]; isDefault: boolean };

export function readAddressForm(form: FormData): AddressValues {
  return Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, text(form, field)])) as AddressValues;
}

/** The communes of the chosen province, for the picker to list after a submit. */
export function communesOf(provinceCode: string): readonly Commune[] {
  return findProvince(provinceCode)?.communes ?? [];
}

export type AddressCheck = { ok: true; address: AddressInput } | { ok: false; errors: FieldErrors };

export function checkAddress(values: AddressValues): AddressCheck {
  const delivery = checkDeliveryAddress(values);
  const errors = onlyProblems({
    ...(delivery.ok ? {} : delivery.errors),
    addressName: values.addressName.length > MAX_LENGTH.addressName ? "too_long" : undefined,
  });
  if (!delivery.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, address: { ...delivery.address, address_name: values.addressName || null } };
}

/** A saved address as the form shows it for editing. */
export function addressValues(address: CustomerAddress): AddressValues {
  const code = (value: unknown) => (typeof value === "string" ? value : "");
  return {
    fullName: fullName(address),
    phone: address.phone ?? "",
    provinceCode: code(address.metadata?.province_code),
    communeCode: code(address.metadata?.commune_code),
    street: address.address_1 ?? "",
    addressName: address.address_name ?? "",
  };
}
