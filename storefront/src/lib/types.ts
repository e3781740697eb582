// Shapes of the Medusa store API as extended by the OCOP backend (producer, ocop, photo renditions).

export type Region = {
  id: string;
  name: string;
  currency_code: string;
};

export type PhotoRendition = {
  width: 320 | 640 | 960 | 1280;
  format: "avif" | "webp";
  url: string;
};

/** What the backend's image pipeline stores in `image.metadata.photo`. */
export type PhotoMetadata = {
  width: number;
  height: number;
  /** A tiny blurred WebP as a data URL, shown until the real photo arrives. */
  placeholder: string;
  renditions: PhotoRendition[];
};

export type ProductImage = {
  id: string;
  url: string;
  rank: number;
  metadata: { photo?: PhotoMetadata } | null;
};

export type CalculatedPrice = {
  /** Integer VND. */
  calculated_amount: number;
  currency_code: string;
};

export type ProductVariant = {
  id: string;
  title: string | null;
  /** The pack's place in the product's list (set by the seed and the Admin's ordering). */
  variant_rank?: number | null;
  created_at?: string;
  sku: string | null;
  ean: string | null;
  calculated_price: CalculatedPrice | null;
  /** Present when requested with `+variants.inventory_quantity`. */
  manage_inventory?: boolean;
  allow_backorder?: boolean;
  inventory_quantity?: number | null;
  metadata?: { title_en?: string } | null;
};

export type ProductMetadata = {
  title_en?: string;
  subtitle_en?: string;
  description_en?: string;
  story_vi?: string;
  story_en?: string;
  is_sample?: boolean;
};

export type AdministrativeUnit = {
  code: string;
  name: string;
};

export type ProducerKind = "cooperative" | "household" | "enterprise";

export type Producer = {
  id: string;
  handle: string;
  name: string;
  kind: ProducerKind;
  address_as_issued: string;
  province: AdministrativeUnit;
  commune: AdministrativeUnit | null;
  story_vi: string | null;
  story_en: string | null;
  logo_url: string | null;
  is_sample: boolean;
};

export type StarRating = 3 | 4 | 5;

export type OcopStanding = "certified" | "expired" | "unverified" | "awaiting_evaluation";

export type Certificate = {
  id: string;
  decision_number: string;
  /** YYYY-MM-DD */
  decision_date: string;
  issuing_authority: string;
  star_rating: StarRating;
  /** YYYY-MM-DD: decision date + 36 months. */
  valid_until: string;
  expired: boolean;
  verified: boolean;
  is_sample: boolean;
};

export type ProductSet = {
  number: number;
  handle: string;
  name_vi: string;
  name_en: string;
};

export type Industry = {
  code: string;
  handle: string;
  name_vi: string;
  name_en: string;
};

export type OcopStatus = {
  standing: OcopStanding;
  /** Set only when `standing` is "certified". */
  star_rating: StarRating | null;
  current_certificate: Certificate | null;
  latest_certificate: Certificate | null;
  product_set: ProductSet | null;
  industry: Industry | null;
  star_history: unknown[];
};

export type Product = {
  id: string;
  title: string;
  subtitle: string | null;
  description: string | null;
  handle: string;
  thumbnail: string | null;
  images: ProductImage[] | null;
  variants: ProductVariant[] | null;
  metadata: ProductMetadata | null;
  created_at: string;
  producer: Producer | null;
  ocop: OcopStatus | null;
};

export type ProductListResponse = {
  products: Product[];
  count: number;
  offset: number;
  limit: number;
};

export type RegionListResponse = {
  regions: Region[];
};

export type ProducerListResponse = {
  producers: Producer[];
  count: number;
  limit: number;
  offset: number;
};

export type ProductSetWithIndustry = ProductSet & { industry: Industry | null };

export type ProductSetListResponse = {
  product_sets: ProductSetWithIndustry[];
  count: number;
};
