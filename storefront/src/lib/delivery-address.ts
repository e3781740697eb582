// A delivery address as checkout and the account's address book take it: the recipient, a
// Vietnamese phone, a 2025 province and one of its communes, and the street; for a pickup, the
// recipient and the pickup point's address. Server only: it reads the 2025 units. The backend
// applies the same rules again (@ocop/domain/address).
import { findCommune, findProvince } from "@ocop/domain/admin-units";
import { ERROR_CODES } from "@ocop/domain/errors";
import { normalizePhone } from "@ocop/domain/phone";
import { type FieldProblem, MAX_LENGTH, onlyProblems, phoneProblem, textProblem } from "./form-rules";
import type { PickupPoint } from "./pickup-point";

export const DELIVERY_ADDRESS_FIELDS = ["fullName", "phone", "provinceCode", "communeCode", "street"] as const;
export type DeliveryAddressField = (typeof DELIVERY_ADDRESS_FIELDS)[number];
export type DeliveryAddressValues = Record<DeliveryAddressField, string>;

/** The address as the backend stores it: 2025 names in `province` and `city`, their codes in metadata. */
export type DeliveryAddress = {
  first_name: string;
  last_name: string;
  phone: string;
  address_1: string;
  city: string;
  province: string;
  country_code: "vn";
  /** A pickup's address is the pickup point's: its handle, and its address as issued, which the address is printed with. */
  metadata: { province_code: string; commune_code: string; pickup_point?: string; address_as_issued?: string };
};

export type DeliveryAddressCheck =
  | { ok: true; address: DeliveryAddress }
  | { ok: false; errors: Partial<Record<DeliveryAddressField, FieldProblem>> };

export function checkDeliveryAddress(values: DeliveryAddressValues): DeliveryAddressCheck {
  const province = values.provinceCode ? findProvince(values.provinceCode) : undefined;
  const commune = province && values.communeCode ? findCommune(province.code, values.communeCode) : undefined;
  const errors: Partial<Record<DeliveryAddressField, FieldProblem>> = {
    fullName: textProblem(values.fullName, MAX_LENGTH.fullName),
    phone: phoneProblem(values.phone),
    provinceCode: !values.provinceCode ? "required" : !province ? ERROR_CODES.unknownProvince : undefined,
    communeCode: !values.communeCode ? "required" : province && !commune ? ERROR_CODES.communeNotInProvince : undefined,
    street: textProblem(values.street, MAX_LENGTH.street),
  };
  const phone = normalizePhone(values.phone);
  if (!province || !commune || !phone || Object.values(errors).some(Boolean)) return { ok: false, errors: onlyProblems(errors) };
  return {
    ok: true,
    address: recipientAt(values.fullName, phone, {
      address_1: values.street,
      city: commune.name,
      province: province.name,
      metadata: { province_code: province.code, commune_code: commune.code },
    }),
  };
}

/** The recipient at a place: their name whole in first_name, as a Vietnamese name is not split for a parcel. */
function recipientAt(fullName: string, phone: string, place: Pick<DeliveryAddress, "address_1" | "city" | "province" | "metadata">): DeliveryAddress {
  return { first_name: fullName.replace(/\s+/g, " "), last_name: "", phone, country_code: "vn", ...place };
}

/** A pickup asks only who collects: the cart's address is the pickup point's, with their name and phone. */
export function checkPickupContact(values: Pick<DeliveryAddressValues, "fullName" | "phone">, point: PickupPoint): DeliveryAddressCheck {
  const errors = onlyProblems<DeliveryAddressField>({
    fullName: textProblem(values.fullName, MAX_LENGTH.fullName),
    phone: phoneProblem(values.phone),
  });
  const phone = normalizePhone(values.phone);
  if (!phone || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    address: recipientAt(values.fullName, phone, {
      address_1: point.name,
      city: point.commune,
      province: point.province,
      metadata: {
        province_code: point.provinceCode,
        commune_code: point.communeCode,
        pickup_point: point.handle,
        address_as_issued: point.addressAsIssued,
      },
    }),
  };
}
