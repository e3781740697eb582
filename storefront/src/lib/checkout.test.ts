import assert from "node:assert/strict";
import { test } from "node:test";
import { findProvince, listProvinces } from "@ocop/domain/admin-units";
import { cardPaymentSetup, checkCheckout, EMPTY_CHECKOUT, prefillCheckout, toShippingChoices } from "./checkout";
import { firstErrorField } from "./checkout-form";
import type { PaymentChoice } from "./checkout-payment";
import type { PickupPoint } from "./pickup-point";

const SHOWROOM: PickupPoint = {
  handle: "showroom-hai-hau",
  name: "Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu",
  nameEn: "Hải Hậu OCOP Showroom",
  provinceCode: "37",
  communeCode: "14215",
  province: "Tỉnh Ninh Bình",
  commune: "Xã Hải Hậu",
  addressAsIssued: "thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định",
};
const offered = {
  shipping: [
    { id: "standard", pickupPoint: null },
    { id: "pickup", pickupPoint: SHOWROOM },
  ],
  payment: [{ providerId: "pp_cod_cod", method: "cash_on_delivery", available: true, problem: null, limitVnd: 5_000_000 }] as PaymentChoice[],
};
const ninhBinh = listProvinces().find((province) => province.name === "Tỉnh Ninh Bình");
const haiHau = ninhBinh?.communes.find((commune) => commune.name === "Xã Hải Hậu");

const filled = {
  email: "Lan.Nguyen@Example.vn",
  phone: "+84 912 345 678",
  fullName: "Nguyễn Thị Lan",
  provinceCode: ninhBinh?.code ?? "",
  communeCode: haiHau?.code ?? "",
  street: "Số 12, đường Trần Hưng Đạo",
  deliveryKind: "standard",
  paymentProviderId: "pp_cod_cod",
};

test("a complete form becomes a checked checkout with the 2025 names and a normalized phone", () => {
  const result = checkCheckout(filled, offered);
  assert.ok(result.ok);
  assert.equal(result.checkout.email, "lan.nguyen@example.vn");
  assert.deepEqual(result.checkout.address, {
    first_name: "Nguyễn Thị Lan",
    last_name: "",
    phone: "0912345678",
    address_1: "Số 12, đường Trần Hưng Đạo",
    city: "Xã Hải Hậu",
    province: "Tỉnh Ninh Bình",
    country_code: "vn",
    metadata: { province_code: ninhBinh?.code, commune_code: haiHau?.code },
  });
});

test("a commune of another province is refused, and so are bad phones, emails and unknown choices", () => {
  const hanoi = findProvince("01");
  const elsewhere = hanoi?.communes[0]?.code ?? "";
  const result = checkCheckout(
    { ...filled, communeCode: elsewhere, phone: "12345", email: "lan@", deliveryKind: "drone", paymentProviderId: "pp_x" },
    offered,
  );
  assert.equal(result.ok, false);
  assert.deepEqual(!result.ok && result.errors, {
    email: "invalid_email",
    phone: "invalid_phone",
    communeCode: "commune_not_in_province",
    deliveryKind: "unknown_option",
    paymentProviderId: "unknown_option",
  });
});

test("cash on delivery closed to the cart (above its ceiling) is refused with that reason, not as an unknown choice", () => {
  const closed = { ...offered, payment: [{ ...offered.payment[0]!, available: false, problem: "cod_above_ceiling" as const }] };
  const check = checkCheckout({ ...EMPTY_CHECKOUT, paymentProviderId: "pp_cod_cod" }, closed);
  assert.equal(check.ok, false);
  assert.equal(!check.ok && check.errors.paymentProviderId, "cod_above_ceiling");
});

test("a pickup asks only who collects: the cart's address is the showroom's, whatever the address fields still hold", () => {
  const result = checkCheckout({ ...filled, deliveryKind: "pickup", provinceCode: "01", communeCode: "", street: "" }, offered);
  assert.ok(result.ok);
  assert.deepEqual(result.checkout.address, {
    first_name: "Nguyễn Thị Lan",
    last_name: "",
    phone: "0912345678",
    address_1: "Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu",
    city: "Xã Hải Hậu",
    province: "Tỉnh Ninh Bình",
    country_code: "vn",
    metadata: {
      province_code: "37",
      commune_code: "14215",
      pickup_point: "showroom-hai-hau",
      address_as_issued: "thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định",
    },
  });
});

test("an empty pickup form names the contact and payment, never an address", () => {
  const result = checkCheckout({ ...EMPTY_CHECKOUT, deliveryKind: "pickup" }, offered);
  assert.equal(result.ok, false);
  assert.deepEqual(Object.keys(!result.ok ? result.errors : {}).sort(), ["email", "fullName", "paymentProviderId", "phone"]);
  const badPhone = checkCheckout({ ...filled, deliveryKind: "pickup", phone: "12345" }, offered);
  assert.deepEqual(!badPhone.ok && badPhone.errors, { phone: "invalid_phone" });
});

test("an empty form names every field, and focus goes to the first in the form's order", () => {
  const result = checkCheckout(EMPTY_CHECKOUT, offered);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.equal(Object.keys(result.errors).length, 8);
  assert.equal(firstErrorField(result.errors), "email");
  assert.equal(firstErrorField({ street: "required", communeCode: "required" }), "communeCode");
  // Shipping comes before the address in the form, and so in the focus order.
  assert.equal(firstErrorField({ street: "required", deliveryKind: "required" }), "deliveryKind");
});

test("the form is filled from the cart first, then from the signed-in customer's default address", () => {
  const customer = {
    id: "cus_1",
    email: "lan@example.vn",
    first_name: "Lan",
    last_name: "Nguyễn Thị",
    phone: "0912345678",
    addresses: [
      {
        id: "addr_1",
        address_name: null,
        first_name: "Nguyễn Thị Lan",
        last_name: "",
        phone: "0987654321",
        address_1: "Xóm 3",
        address_2: null,
        city: "Xã Hải Hậu",
        province: "Tỉnh Ninh Bình",
        postal_code: null,
        country_code: "vn",
        is_default_shipping: true,
        is_default_billing: false,
        metadata: { province_code: "37", commune_code: "14215" },
      },
    ],
  };
  const empty = { email: null, shipping_address: null, shipping_methods: [], payment_collection: undefined } as never;
  assert.deepEqual(prefillCheckout(empty, customer), {
    ...EMPTY_CHECKOUT,
    email: "lan@example.vn",
    phone: "0987654321",
    fullName: "Nguyễn Thị Lan",
    provinceCode: "37",
    communeCode: "14215",
    street: "Xóm 3",
  });
  const fromCart = { ...(empty as object), email: "other@example.vn", shipping_methods: [{ shipping_option_id: "so_pickup", data: { code: "pickup" } }] } as never;
  assert.equal(prefillCheckout(fromCart, customer).email, "other@example.vn");
  assert.equal(prefillCheckout(fromCart, null).deliveryKind, "pickup");
  // A pickup cart holds the showroom's address: only its name and phone are the buyer's.
  const pickupCart = {
    ...(empty as object),
    shipping_address: {
      first_name: "Trần Văn Nam",
      last_name: "",
      phone: "0901234567",
      address_1: SHOWROOM.name,
      metadata: { province_code: "37", commune_code: "14215", pickup_point: SHOWROOM.handle },
    },
    shipping_methods: [{ shipping_option_id: "so_pickup", data: { code: "pickup" } }],
  } as never;
  assert.deepEqual(prefillCheckout(pickupCart, customer), {
    ...EMPTY_CHECKOUT,
    email: "lan@example.vn",
    phone: "0901234567",
    fullName: "Trần Văn Nam",
    provinceCode: "37",
    communeCode: "14215",
    street: "Xóm 3",
    deliveryKind: "pickup",
  });
  assert.equal(prefillCheckout(pickupCart, null).street, "");
  // No saved address: the account's own name (family name first) and phone.
  const withoutAddress = prefillCheckout(empty, { ...customer, addresses: [] });
  assert.equal(withoutAddress.fullName, "Nguyễn Thị Lan");
  assert.equal(withoutAddress.phone, "0912345678");
});

test("delivery choices list delivery cheapest first and the pickup last, with where to collect and how many parcels", () => {
  const parcel = {};
  const point = {
    handle: SHOWROOM.handle,
    name: SHOWROOM.name,
    name_en: SHOWROOM.nameEn,
    province_code: SHOWROOM.provinceCode,
    commune_code: SHOWROOM.communeCode,
    province: SHOWROOM.province,
    commune: SHOWROOM.commune,
    address_as_issued: SHOWROOM.addressAsIssued,
  };
  const choices = toShippingChoices([
    { kind: "pickup", name: "Nhận tại cửa hàng", description: null, amount: 0, pickup_point: point, parcels: [parcel, parcel] },
    { kind: "express", name: "Giao nhanh", description: "1–2 ngày", amount: 110000, pickup_point: null, parcels: [parcel, parcel] },
    { kind: "standard", name: "Giao tiêu chuẩn", description: "3–5 ngày", amount: 60000, pickup_point: null, parcels: [parcel, parcel] },
  ]);
  assert.deepEqual(
    choices.map((choice) => [choice.id, choice.amount, choice.parcels, choice.isPickup, choice.pickupPoint]),
    [
      ["standard", 60000, 2, false, null],
      ["express", 110000, 2, false, null],
      ["pickup", 0, 2, true, SHOWROOM],
    ],
  );
});

test("a card session gives the Payment Element its client secret and the amount in whole đồng, as the backend sent Stripe", () => {
  const cart = {
    payment_collection: {
      payment_sessions: [{ provider_id: "pp_stripe_stripe", amount: 150_000, data: { id: "pi_1", client_secret: "pi_1_secret_2" } }],
    },
  } as unknown as Parameters<typeof cardPaymentSetup>[0];
  const previous = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;
  try {
    process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY = "pk_test_offline";
    assert.deepEqual(cardPaymentSetup(cart), { publishableKey: "pk_test_offline", clientSecret: "pi_1_secret_2", amount: 150_000 });
    // Without the key the shop takes no card, even for a cart that chose one before it was removed.
    delete process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;
    assert.equal(cardPaymentSetup(cart), null);
  } finally {
    if (previous === undefined) delete process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;
    else process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY = previous;
  }
});
