import assert from "node:assert/strict";
import { test } from "node:test";
import { breadcrumbLd, productLd, serializeJsonLd } from "./seo";
import type { Certificate, Product, ProductVariant } from "./types";

const certificate: Certificate = {
  id: "cert_1",
  decision_number: "2751/QĐ-BNN-KTHT",
  decision_date: "2024-06-25",
  issuing_authority: "Bộ Nông nghiệp và Phát triển nông thôn",
  star_rating: 5,
  valid_until: "2027-06-25",
  expired: false,
  verified: true,
  is_sample: true,
};

function pack(id: string, amount: number | null, stock: number): ProductVariant {
  return {
    id,
    title: `Gói ${id}`,
    sku: `mien-${id}`,
    ean: "8934701100115",
    calculated_price: amount === null ? null : { calculated_amount: amount, currency_code: "vnd" },
    manage_inventory: true,
    allow_backorder: false,
    inventory_quantity: stock,
  };
}

const product: Product = {
  id: "prod_1",
  title: "Miến dong Tài Hoan",
  subtitle: null,
  description: "Miến </script><script>alert(1)</script>",
  handle: "mien-dong-tai-hoan",
  thumbnail: null,
  images: [],
  variants: [pack("500g", 60000, 200), pack("1kg", 115000, 0), pack("free", null, 5)],
  metadata: null,
  created_at: "2026-11-22T00:00:00Z",
  producer: {
    id: "pdr_1",
    handle: "htx-tai-hoan",
    name: "HTX Tài Hoan",
    kind: "cooperative",
    address_as_issued: "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn",
    province: { code: "19", name: "Tỉnh Thái Nguyên" },
    commune: { code: "02185", name: "Xã Côn Minh" },
    story_vi: null,
    story_en: null,
    logo_url: null,
    is_sample: false,
  },
  ocop: {
    standing: "certified",
    star_rating: 5,
    current_certificate: certificate,
    latest_certificate: certificate,
    product_set: null,
    industry: null,
    star_history: [],
  },
};

const input = {
  product,
  name: product.title,
  description: product.description,
  url: "https://ocop.example.vn/san-pham/mien-dong-tai-hoan",
  producerUrl: "https://ocop.example.vn/chu-the-ocop/htx-tai-hoan",
  imageUrls: ["https://ocop.example.vn/static/a.webp"],
};

test("a product's offers are in VND at whole-đồng prices, with each pack's availability", () => {
  const ld = productLd(input) as { offers: Record<string, unknown>[]; [key: string]: unknown };
  assert.equal(ld["@type"], "Product");
  assert.equal(ld.offers.length, 2, "a pack without a price is not offered");
  assert.deepEqual(
    ld.offers.map((offer) => [offer.price, offer.priceCurrency, offer.availability]),
    [
      [60000, "VND", "https://schema.org/InStock"],
      [115000, "VND", "https://schema.org/OutOfStock"],
    ],
  );
  for (const offer of ld.offers) assert.ok(Number.isInteger(offer.price));
  assert.deepEqual(ld.brand, { "@type": "Brand", name: "HTX Tài Hoan" });
});

test("the certificate is named only while it lets the product carry the star mark", () => {
  assert.equal((productLd(input).hasCertification as { certificationIdentification: string }).certificationIdentification, "2751/QĐ-BNN-KTHT");
  const expired = { ...product, ocop: { ...product.ocop!, standing: "expired" as const, star_rating: null, current_certificate: null } };
  assert.equal(productLd({ ...input, product: expired }).hasCertification, undefined);
});

test("serialized JSON-LD cannot close its script element, and still parses to the same data", () => {
  const text = serializeJsonLd(productLd(input));
  assert.doesNotMatch(text, /<\/script/i);
  assert.equal((JSON.parse(text) as { description: string }).description, product.description);
});

test("breadcrumbs are numbered from one", () => {
  const ld = breadcrumbLd([
    { name: "Trang chủ", url: "https://ocop.example.vn/" },
    { name: "Miến dong Tài Hoan", url: input.url },
  ]) as { itemListElement: { position: number; item: string }[] };
  assert.deepEqual(
    ld.itemListElement.map((item) => item.position),
    [1, 2],
  );
});
