// Where a buyer collects a pickup (the Hải Hậu showroom), as the backend describes it on a delivery
// choice and on an order's shipping method, and how the shop prints it. Nothing here reads files.
import { formatAddress } from "@ocop/domain/address-format";

/** The backend's `pickup_point`, on GET /store/carts/:id/delivery and in a shipping method's data. */
export type StorePickupPoint = {
  handle: string;
  name: string;
  name_en: string;
  province_code: string;
  commune_code: string;
  province: string;
  commune: string;
  address_as_issued: string;
};

export type PickupPoint = {
  handle: string;
  name: string;
  nameEn: string;
  provinceCode: string;
  communeCode: string;
  /** The 2025 names. */
  province: string;
  commune: string;
  /** Before the 2025 merger: "thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định". */
  addressAsIssued: string;
};

export function toPickupPoint(point: StorePickupPoint): PickupPoint {
  return {
    handle: point.handle,
    name: point.name,
    nameEn: point.name_en,
    provinceCode: point.province_code,
    communeCode: point.commune_code,
    province: point.province,
    commune: point.commune,
    addressAsIssued: point.address_as_issued,
  };
}

/** A shipping method's `pickup_point`, if it has one (orders placed before it was kept have only the printed address). */
export function pickupPointOf(data: unknown): PickupPoint | null {
  const point = (data as { pickup_point?: Record<string, unknown> | null } | null | undefined)?.pickup_point;
  const text = (key: keyof StorePickupPoint) => (typeof point?.[key] === "string" ? (point[key] as string) : null);
  const [name, province, commune] = [text("name"), text("province"), text("commune")];
  if (!name || !province || !commune) return null;
  return {
    handle: text("handle") ?? "",
    name,
    nameEn: text("name_en") ?? name,
    provinceCode: text("province_code") ?? "",
    communeCode: text("commune_code") ?? "",
    province,
    commune,
    addressAsIssued: text("address_as_issued") ?? "",
  };
}

/** "Hải Hậu OCOP Showroom, Hải Hậu Commune, Ninh Bình Province (formerly …)": the one address form, in the buyer's language. */
export function pickupPointAddress(point: PickupPoint, locale: "vi" | "en"): string {
  return formatAddress(
    { street: locale === "en" ? point.nameEn : point.name, commune: point.commune, province: point.province, asIssued: point.addressAsIssued },
    locale,
  );
}

/** Whether a cart's or order's address is a pickup point's (see checkPickupContact), not one the buyer typed. */
export function isPickupAddress(address: { metadata?: Record<string, unknown> | null } | null | undefined): boolean {
  return typeof address?.metadata?.pickup_point === "string";
}
