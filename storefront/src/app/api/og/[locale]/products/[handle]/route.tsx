// A product's Open Graph image (1200×630 PNG): its name, OCOP stars and producer, in the buyer's
// language. Cached like the product page and revalidated by the same tags.
import { badgeStars } from "@ocop/domain/ocop";
import { ImageResponse } from "next/og";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { productTitle } from "@/lib/localized";
import { OG_FONT_FAMILY, ogFonts } from "@/lib/og-fonts";
import { getProductByHandle } from "@/lib/products";
import { loadFromStore } from "@/lib/store";

type RouteContext = { params: Promise<{ locale: string; handle: string }> };

export function generateStaticParams() {
  return [];
}

export const revalidate = 60;

const SIZE = { width: 1200, height: 630 };
const STAR_KEYS = ["first", "second", "third", "fourth", "fifth"];

/** Drawn, not typed: the star character is not in Be Vietnam Pro. */
function Star() {
  return (
    <svg width="44" height="44" viewBox="0 0 24 24" aria-hidden="true">
      <path fill="#f0c45a" d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z" />
    </svg>
  );
}

export async function GET(_request: Request, { params }: RouteContext) {
  const { locale, handle } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const store = await loadFromStore("og-image", (medusa, region) => getProductByHandle(medusa, handle, region.id), { cachedPage: true });
  if (store.status === "unavailable") return new Response("The store is unavailable", { status: 503 });
  if (store.status !== "ready" || !store.data) return new Response("Not found", { status: 404 });

  const product = store.data;
  const [t, tBadge, fonts] = await Promise.all([
    getTranslations({ locale, namespace: "Seo" }),
    getTranslations({ locale, namespace: "Badge" }),
    ogFonts(),
  ]);
  const stars = badgeStars(product.ocop);
  const title = productTitle(product, locale);
  const place = [product.producer?.commune?.name, product.producer?.province?.name].filter(Boolean).join(", ");

  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "linear-gradient(135deg, #1f5135 0%, #163d28 100%)",
        color: "#ffffff",
        fontFamily: OG_FONT_FAMILY,
      }}
    >
      <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#fef3c7" }}>OCOP Market</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        {stars !== null ? (
          <div style={{ display: "flex", alignItems: "center", gap: 8, fontSize: 34, fontWeight: 700, color: "#fef3c7" }}>
            {STAR_KEYS.slice(0, stars).map((key) => (
              <Star key={key} />
            ))}
            <span style={{ marginLeft: 12 }}>{tBadge("certified", { stars })}</span>
          </div>
        ) : (
          <div style={{ display: "flex", fontSize: 30, color: "#d6e8dc" }}>{t("ogAwaiting")}</div>
        )}
        <div style={{ display: "flex", marginTop: 20, fontSize: title.length > 40 ? 64 : 80, fontWeight: 700, lineHeight: 1.1 }}>
          {title}
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", fontSize: 32, color: "#d6e8dc" }}>
        {product.producer && <div style={{ display: "flex", fontWeight: 700, color: "#ffffff" }}>{product.producer.name}</div>}
        {place && <div style={{ display: "flex" }}>{place}</div>}
      </div>
    </div>,
    { ...SIZE, fonts },
  );
}
