// A search hit for tests: Miến dong Tài Hoan as the index holds it, with whatever a test changes.
import type { ProductSearchHit } from "./search";

export function searchHit(change: Partial<ProductSearchHit> = {}): ProductSearchHit {
  return {
    id: "prod_1",
    handle: "mien-dong-tai-hoan",
    title: "Miến dong Tài Hoan",
    title_en: "Tai Hoan arrowroot vermicelli",
    description: null,
    description_en: null,
    producer_name: "HTX Tài Hoan",
    producer_handle: "htx-tai-hoan",
    star_rating: 5,
    ocop_standing: "certified",
    province_code: "19",
    province: "Tỉnh Thái Nguyên",
    price_vnd: 60000,
    in_stock: true,
    thumbnail: null,
    created_at: "2026-01-01T00:00:00.000Z",
    ...change,
  };
}
