import { useLocale } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { hasHighlight } from "@/lib/highlight";
import type { ProductSearchHit } from "@/lib/search";
import { ProductTile } from "../catalogue/product-card";
import { Highlighted } from "./highlighted";

type SearchHitCardProps = { hit: ProductSearchHit; aboveTheFold: boolean; first: boolean; headingLevel?: "h2" | "h3" };

/** A search hit in the catalogue's card, its matches highlighted, in the buyer's language where the index has it. */
export function SearchHitCard({ hit, ...placement }: SearchHitCardProps) {
  const locale = useLocale() as Locale;
  const formatted = hit._formatted ?? {};
  const english = locale === "en" && hit.title_en !== null;
  const title = english ? (hit.title_en ?? hit.title) : hit.title;
  const description = locale === "en" ? formatted.description_en : formatted.description;

  return (
    <ProductTile
      {...placement}
      handle={hit.handle}
      title={<Highlighted formatted={english ? formatted.title_en : formatted.title} plain={title} />}
      photoAlt={title}
      image={null}
      thumbnail={hit.thumbnail}
      ocop={{ standing: hit.ocop_standing, star_rating: hit.star_rating }}
      producerName={<Highlighted formatted={formatted.producer_name} plain={hit.producer_name} />}
      provinceName={hit.province && <Highlighted formatted={formatted.province} plain={hit.province} />}
      price={hit.price_vnd === null ? null : { amount: hit.price_vnd, varies: false }}
      inStock={hit.in_stock}
      snippet={hasHighlight(description) ? <Highlighted formatted={description} plain="" /> : undefined}
    />
  );
}
