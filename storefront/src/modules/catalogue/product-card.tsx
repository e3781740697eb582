import { formatVnd } from "@ocop/domain/money";
import { useLocale, useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { OcopBadge } from "@/components/ocop-badge";
import { Photo } from "@/components/photo";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { hasHighlight } from "@/lib/highlight";
import { unitName } from "@/lib/localized";
import type { ProductFeedback } from "@/lib/reviews";
import type { CampaignOffer } from "@/lib/campaigns";
import type { ProductSearchHit } from "@/lib/search";
import { FeedbackLine } from "@/modules/product/feedback-line";
import type { OcopStatus, PhotoMetadata } from "@/lib/types";
import { Highlighted } from "./highlighted";
import styles from "./catalogue.module.css";

/** How wide a card's photo is drawn; mirrors the grid columns in catalogue.module.css. */
const PHOTO_SIZES = "(min-width: 75rem) 17.5rem, (min-width: 60rem) 25vw, (min-width: 37.5rem) 33vw, 50vw";
/** Those sizes never pass about 320 CSS pixels, so 960 px covers a 3× screen: larger ones only cost bytes of HTML. */
const LARGEST_CARD_RENDITION = 960;

function cardPhoto(photo: PhotoMetadata | null | undefined): PhotoMetadata | null {
  return photo ? { ...photo, renditions: photo.renditions.filter((rendition) => rendition.width <= LARGEST_CARD_RENDITION) } : null;
}

type Placement = {
  /** Cards in the first screenful load their photo eagerly. */
  aboveTheFold: boolean;
  /** The first card's photo is the likely largest paint. */
  first: boolean;
  /** The heading level that fits the page's outline. */
  headingLevel?: "h2" | "h3";
};

/** A product as the search index lists it, its matches highlighted when it answers a query, in the buyer's language where the index has it. */
export function ProductCard({ product, ...placement }: Placement & { product: ProductSearchHit }) {
  const locale = useLocale() as Locale;
  const formatted = product._formatted ?? {};
  const english = locale === "en" && product.title_en !== null;
  const title = english ? (product.title_en ?? product.title) : product.title;
  const description = locale === "en" ? formatted.description_en : formatted.description;

  return (
    <ProductTile
      {...placement}
      handle={product.handle}
      title={<Highlighted formatted={english ? formatted.title_en : formatted.title} plain={title} />}
      photoAlt={title}
      photo={cardPhoto(product.photo)}
      thumbnail={product.thumbnail}
      ocop={{ standing: product.ocop_standing, star_rating: product.star_rating }}
      producerName={<Highlighted formatted={formatted.producer_name} plain={product.producer_name} />}
      provinceName={
        product.province && (
          <Highlighted
            formatted={formatted.province && unitName(formatted.province, locale)}
            plain={unitName(product.province, locale)}
          />
        )
      }
      price={product.price_vnd === null ? null : { amount: product.price_vnd, varies: product.price_varies ?? false }}
      offer={product.campaign_offer ?? null}
      inStock={product.in_stock}
      feedback={product}
      snippet={hasHighlight(description) ? <Highlighted formatted={description} plain="" /> : undefined}
    />
  );
}

type ProductTileProps = Placement & {
  handle: string;
  /** Plain or highlighted. (Typed by the link it goes into: next-intl resolves its own copy of React's types.) */
  title: ComponentProps<typeof Link>["children"];
  photoAlt: string;
  photo: PhotoMetadata | null;
  thumbnail: string | null;
  ocop: Pick<OcopStatus, "standing" | "star_rating"> | null;
  producerName?: ReactNode;
  provinceName?: ReactNode;
  /** The lowest pack price in VND, and whether other packs cost more ("from"). */
  price: { amount: number; varies: boolean } | null;
  /** The live campaign it is in, whose price replaces the usual one. */
  offer: CampaignOffer | null;
  inStock: boolean;
  /** What buyers said and bought: shown once there is an approved review or a sale. */
  feedback: Partial<ProductFeedback>;
  /** A few words around a match in the description, under the title. */
  snippet?: ReactNode;
};

/** The card's layout. */
function ProductTile(props: ProductTileProps) {
  const { handle, title, photoAlt, photo, thumbnail, ocop, producerName, provinceName, price, offer, snippet } = props;
  const { aboveTheFold, first, headingLevel: Heading = "h2" } = props;
  const t = useTranslations("ProductCard");
  const locale = useLocale() as Locale;
  const campaignPrice = price && offer?.price != null ? offer.price : null;

  return (
    <article className={styles.card}>
      <Photo
        photo={photo}
        url={thumbnail}
        alt={photoAlt}
        sizes={PHOTO_SIZES}
        loading={aboveTheFold ? "eager" : "lazy"}
        fetchPriority={first ? "high" : undefined}
        className={styles.photo}
      />
      <div className={styles.body}>
        <div className={styles.mark}>
          <OcopBadge ocop={ocop} />
        </div>
        <Heading className={styles.title}>
          {/* The link stretches over the whole card (catalogue.module.css), one tab stop per product. */}
          <Link href={{ pathname: "/products/[handle]", params: { handle } }} className={styles.link}>
            {title}
          </Link>
        </Heading>
        {snippet && <p className={styles.snippet}>{snippet}</p>}
        {producerName && (
          <p className={styles.producer}>
            <span className={styles.producerName}>{producerName}</span>
            {provinceName && <span className={styles.province}>{provinceName}</span>}
          </p>
        )}
        <p className={styles.price}>
          {price && campaignPrice !== null ? (
            <>
              {price.varies && <span className={styles.from}>{t("from")} </span>}
              <span className={styles.campaignPrice}>{formatVnd(campaignPrice)}</span>{" "}
              <del className={styles.usualPrice}>
                <span className="visually-hidden">{t("usualPrice")} </span>
                {formatVnd(price.amount)}
              </del>
            </>
          ) : price ? (
            <>
              {price.varies && <span className={styles.from}>{t("from")} </span>}
              {formatVnd(price.amount)}
            </>
          ) : (
            <span className={styles.noPrice}>{t("noPrice")}</span>
          )}
        </p>
        {campaignPrice !== null && offer && <p className={styles.campaign}>{locale === "en" ? offer.name_en : offer.name_vi}</p>}
        <FeedbackLine feedback={props.feedback} />
        {!props.inStock && <p className={styles.soldOut}>{t("outOfStock")}</p>}
      </div>
    </article>
  );
}
