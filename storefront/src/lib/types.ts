// Shapes of the store API: Medusa's own HttpTypes, narrowed to the fields the storefront asks for,
// with the OCOP view of a product (producer, ocop) that @ocop/domain/product presents.
import type { HttpTypes } from "@medusajs/types";
import type { presentIndustry, presentOcopProduct, presentProducer, presentProductSet } from "@ocop/domain/product";

export type Region = Pick<HttpTypes.StoreRegion, "id" | "name" | "currency_code">;

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

export type ProductImage = Pick<HttpTypes.StoreProductImage, "id" | "url" | "rank"> & {
  metadata?: { photo?: PhotoMetadata } | null;
};

export type ProductVariant = Pick<HttpTypes.StoreProductVariant, "id" | "title" | "sku" | "ean"> &
  Partial<
    Pick<HttpTypes.StoreProductVariant, "variant_rank" | "created_at" | "manage_inventory" | "allow_backorder" | "inventory_quantity">
  > & {
    /** In the cart's region; `calculated_amount` is integer VND. */
    calculated_price?: Pick<HttpTypes.StoreCalculatedPrice, "calculated_amount" | "currency_code"> | null;
    metadata?: { title_en?: string } | null;
  };

/** The English texts and the origin story, kept in the product's metadata. */
type ProductMetadata = {
  title_en?: string;
  subtitle_en?: string;
  description_en?: string;
  story_vi?: string;
  story_en?: string;
  is_sample?: boolean;
};

/** A product as the store API sends it for PRODUCT_FIELDS (lib/products.ts), before its OCOP view is presented. */
export type StoreProduct = Pick<
  HttpTypes.StoreProduct,
  "id" | "title" | "subtitle" | "description" | "handle" | "thumbnail" | "created_at"
> & {
  images: ProductImage[] | null;
  variants: ProductVariant[] | null;
  metadata?: ProductMetadata | null;
};

export type Producer = ReturnType<typeof presentProducer>;
export type OcopStatus = ReturnType<typeof presentOcopProduct>["ocop"];
export type Certificate = NonNullable<OcopStatus["current_certificate"]>;
export type ProductSet = NonNullable<ReturnType<typeof presentProductSet>>;
export type Industry = NonNullable<ReturnType<typeof presentIndustry>>;

/** A product as every page shows it: the store API's fields and its producer and OCOP standing. */
export type Product = StoreProduct & { producer: Producer | null; ocop: OcopStatus };

export type ProducerListResponse = {
  producers: Producer[];
  count: number;
  limit: number;
  offset: number;
};

export type ProductSetWithIndustry = ProductSet & { id: string; industry: Industry | null };

export type ProductSetListResponse = {
  product_sets: ProductSetWithIndustry[];
  count: number;
};
