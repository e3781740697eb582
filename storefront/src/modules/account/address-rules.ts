// What a saved address must hold, checked against the 2025 units (server only: it reads the units
// file), and the address as the backend stores it.
import { type AddressInput, type CustomerAddress, fullName } from "@/lib/customer";
import { normalizePhone } from "@/lib/phone";
import { type Commune, findProvince } from "@/lib/provinces";
import { type FieldErrors, type FormState, hasErrors, nameError, onlyErrors, phoneError, text } from "./validation";

export const ADDRESS_FIELDS = ["fullName", "phone", "provinceCode", "communeCode", "street", "addressName"] as const;
export type AddressValues = Record<(typeof ADDRESS_FIELDS)[number], string>;

/** The address form's state: the communes of the chosen province travel with it, for the picker. */
export type AddressFormState = FormState & { values: Partial<AddressValues>; communes: readonly Commune[]; isDefault: boolean };

const MAX_STREET_LENGTH = 200;
const MAX_LABEL_LENGTH = 60;

export function readAddressForm(form: FormData): AddressValues {
  return Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, text(form, field)])) as AddressValues;
}

/** The communes of the chosen province, for the picker to list after a submit. */
export function communesOf(provinceCode: string): readonly Commune[] {
  return findProvince(provinceCode)?.communes ?? [];
}

export type AddressCheck = { ok: true; address: AddressInput } | { ok: false; errors: FieldErrors };

export function checkAddress(values: AddressValues): AddressCheck {
  const province = values.provinceCode ? findProvince(values.provinceCode) : undefined;
  const commune = province?.communes.find((candidate) => candidate.code === values.communeCode);
  const errors: FieldErrors = {
    fullName: nameError(values.fullName),
    phone: phoneError(values.phone),
    provinceCode: !values.provinceCode ? "required" : !province ? "unknownProvince" : undefined,
    communeCode: !values.communeCode ? "required" : province && !commune ? "communeNotInProvince" : undefined,
    street: !values.street ? "required" : values.street.length > MAX_STREET_LENGTH ? "streetLong" : undefined,
    addressName: values.addressName.length > MAX_LABEL_LENGTH ? "labelLong" : undefined,
  };
  if (hasErrors(errors) || !province || !commune) return { ok: false, errors: onlyErrors(errors) };
  return {
    ok: true,
    // The recipient's name whole in first_name, as checkout writes its delivery address.
    address: {
      address_name: values.addressName || null,
      first_name: values.fullName.replace(/\s+/g, " "),
      last_name: "",
      phone: normalizePhone(values.phone),
      address_1: values.street,
      city: commune.name,
      province: province.name,
      country_code: "vn",
      metadata: { province_code: province.code, commune_code: commune.code },
    },
  };
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
