// Structured data (schema.org JSON-LD) and sitemap entries, built from store API shapes. Pure: the
// pages pass absolute URLs in, so this file needs neither Next nor the router.
import { badgeStars } from "@ocop/domain/ocop";
import { inStock } from "./stock";
import type { Producer, Product, ProductVariant } from "./types";

type JsonLd = Record<string, unknown>;

/** A <script type="application/ld+json"> body: "<" escaped so no text in it can close the script. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

const AVAILABILITY = {
  inStock: "https://schema.org/InStock",
  outOfStock: "https://schema.org/OutOfStock",
} as const;

function variantAvailable(variant: ProductVariant): boolean {
  return inStock({ variants: [variant] });
}

export function producerAddressLd(producer: Pick<Producer, "province" | "commune">): JsonLd {
  return {
    "@type": "PostalAddress",
    ...(producer.commune ? { addressLocality: producer.commune.name } : {}),
    ...(producer.province ? { addressRegion: producer.province.name } : {}),
    addressCountry: "VN",
  };
}

export function organizationLd(producer: Producer, url: string, description?: string | null): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: producer.name,
    url,
    ...(producer.logo_url ? { logo: producer.logo_url } : {}),
    ...(description ? { description } : {}),
    address: producerAddressLd(producer),
  };
}

export type ProductLdInput = {
  product: Product;
  /** In the page's language. */
  name: string;
  description: string | null;
  url: string;
  producerUrl: string | null;
  imageUrls: string[];
  /** The OCOP product set, in the page's language. */
  category?: string | null;
  /** The approved reviews' average and count: an AggregateRating only once there is one. */
  rating?: { average: number | null; count: number };
};

/**
 * Product with one Offer per pack size: the price as an integer of VND (the store's currency has
 * no minor unit), the availability from its stock, and the OCOP certificate when it is current.
 */
export function productLd({ product, name, description, url, producerUrl, imageUrls, category, rating }: ProductLdInput): JsonLd {
  const producer = product.producer;
  const seller = producer
    ? { "@type": "Organization", name: producer.name, ...(producerUrl ? { url: producerUrl } : {}), address: producerAddressLd(producer) }
    : null;
  // Each offer says only what differs between packs; the seller is the manufacturer, named once.
  const offers = (product.variants ?? []).flatMap((variant) => {
    const amount = variant.calculated_price?.calculated_amount;
    return amount == null
      ? []
      : [
          {
            "@type": "Offer",
            ...(variant.title ? { name: variant.title } : {}),
            ...(variant.sku ? { sku: variant.sku } : {}),
            ...(variant.ean ? { gtin13: variant.ean } : {}),
            price: Math.round(amount),
            priceCurrency: "VND",
            availability: variantAvailable(variant) ? AVAILABILITY.inStock : AVAILABILITY.outOfStock,
          },
        ];
  });
  const stars = badgeStars(product.ocop);
  const certificate = product.ocop?.current_certificate;
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name,
    url,
    ...(description ? { description } : {}),
    ...(imageUrls.length > 0 ? { image: imageUrls } : {}),
    ...(producer ? { brand: { "@type": "Brand", name: producer.name }, manufacturer: seller } : {}),
    ...(category ? { category } : {}),
    countryOfOrigin: { "@type": "Country", name: "VN" },
    ...(stars !== null && certificate
      ? {
          hasCertification: {
            "@type": "Certification",
            name: `OCOP ${stars}★`,
            certificationIdentification: certificate.decision_number,
            issuedBy: { "@type": "Organization", name: certificate.issuing_authority },
            validFrom: certificate.decision_date,
            expires: certificate.valid_until,
          },
        }
      : {}),
    ...(offers.length > 0 ? { offers } : {}),
    ...(rating && rating.average !== null && rating.count > 0
      ? { aggregateRating: { "@type": "AggregateRating", ratingValue: rating.average, reviewCount: rating.count, bestRating: 5, worstRating: 1 } }
      : {}),
  };
}

export function breadcrumbLd(items: readonly { name: string; url: string }[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({ "@type": "ListItem", position: index + 1, name: item.name, item: item.url })),
  };
}
