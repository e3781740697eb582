import { formatVnd } from "@ocop/domain/money";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getMedusa } from "@/lib/medusa";
import { listProductSets } from "@/lib/product-sets";
import { listPortalBatches, listPortalVideoLinks, listProductCertificates, retrievePortalProduct } from "@/lib/producer-portal";
import { AccountMessages } from "@/modules/account/account-messages";
import { CertificateForm } from "@/modules/producer-portal/certificate-form";
import { CertificateList } from "@/modules/producer-portal/certificate-list";
import { ForgetDraft } from "@/modules/producer-portal/form-draft";
import { NEW_PRODUCT_DRAFT } from "@/modules/producer-portal/form-state";
import { PhotoUpload } from "@/modules/producer-portal/photo-upload";
import { AddPackForm, ArchiveProductForm, EditProductForm, PhotoActions } from "@/modules/producer-portal/product-forms";
import { removeVideoAction } from "@/modules/producer-portal/actions";
import { BatchForm, PackForm, SubmitProductForm, VideoLinkForm } from "@/modules/producer-portal/portal-forms";
import { PortalUnavailable } from "@/modules/producer-portal/portal-unavailable";
import styles from "@/modules/producer-portal/portal.module.css";

type PageProps = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ photoError?: string; created?: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("products"), robots: { index: false } };
}

export default async function PortalProductPage({ params, searchParams }: PageProps) {
  const [{ locale, id }, { photoError, created }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("ProducerPortal");
  const here = getPathname({ href: { pathname: "/producer/products/[id]", params: { id } }, locale });
  const [result, batches, certificates, videos] = await Promise.all([
    retrievePortalProduct(id),
    listPortalBatches(id),
    listProductCertificates(id),
    listPortalVideoLinks(id),
  ]);
  if (!result.ok) {
    if (result.reason === "signed_out") redirect(getPathname({ href: "/producer", locale }));
    if (result.reason === "refused") notFound();
    return <PortalUnavailable reloadHref={here} />;
  }
  const { product } = result.value;
  const format = await getFormatter();
  // A calendar day read at noon in Vietnam, so no time zone moves it.
  const day = (date: string) => format.dateTime(new Date(`${date}T12:00:00+07:00`), { day: "2-digit", month: "2-digit", year: "numeric" });
  const editable = product.status === "draft" || product.status === "rejected";
  const archived = product.status === "archived";
  const medusa = await getMedusa();
  const sets = medusa ? await listProductSets(medusa).catch(() => []) : [];
  const productSets = sets.map((set) => ({ id: set.id, label: `${set.number}. ${locale === "en" ? set.name_en : set.name_vi}` }));
  return (
    <div className={styles.page}>
      <p>
        <Link href="/producer">{t("backHome")}</Link>
      </p>
      {created && <ForgetDraft draftKey={NEW_PRODUCT_DRAFT} />}
      <h1 className={styles.heading}>{product.title}</h1>
      <p>
        <span className={styles.badge} data-state={product.status}>
          {t(`productStatus.${product.status}`)}
        </span>
      </p>
      {product.status === "proposed" && (
        <p className={styles.notice} role="status">
          {t("submitted")}
        </p>
      )}
      <AccountMessages also={["ProducerPortal"]}>
        <h2 className={styles.subheading}>{t("photos")}</h2>
        <div className={styles.card}>
          {product.photos.length === 0 ? (
            <p className={styles.meta}>{t("noPhotos")}</p>
          ) : (
            <ul className={styles.photoList}>
              {product.photos.map((photo, rank) => (
                <li key={photo.id} className={styles.photoItem}>
                  <img src={photo.url} alt="" className={styles.photo} />
                  {!archived && <PhotoActions productId={product.id} photo={photo} rank={rank} last={rank === product.photos.length - 1} />}
                </li>
              ))}
            </ul>
          )}
          <PhotoUpload productId={product.id} back={here} error={photoError} />
        </div>
        {!archived && (
          <>
            <h2 className={styles.subheading}>{t("productTexts")}</h2>
            <div className={styles.card}>
              <EditProductForm product={product} productSets={productSets} />
            </div>
          </>
        )}
        <h2 className={styles.subheading}>{t("certificates.title")}</h2>
        <div className={styles.card}>
          <p className={styles.meta}>{t("certificates.lead")}</p>
          <CertificateList certificates={certificates.ok ? certificates.value.certificates : []} />
          <h3 className={styles.label}>{t("certificates.upload")}</h3>
          <CertificateForm productId={product.id} />
        </div>
        {product.variants.map((variant) => (
          <section key={variant.id}>
            <h2 className={styles.subheading}>
              {variant.title} · {variant.price === null ? "—" : formatVnd(variant.price)} · {t("stock", { count: variant.stock })}
            </h2>
            <div className={styles.card}>
              <PackForm productId={product.id} variantId={variant.id} price={variant.price} stock={variant.stock} />
            </div>
          </section>
        ))}
        {!archived && (
          <>
            <h2 className={styles.subheading}>{t("newPack")}</h2>
            <div className={styles.card}>
              <AddPackForm productId={product.id} />
            </div>
          </>
        )}
        <h2 className={styles.subheading}>{t("batches")}</h2>
        <div className={styles.card}>
          {batches.ok && batches.value.batches.length > 0 ? (
            <ul className={styles.list}>
              {batches.value.batches.map((batch) => (
                <li key={batch.id} className={styles.batch}>
                  <span>
                    <p className={styles.itemTitle}>
                      {t("lot", { code: batch.lot_code })} · {product.variants.find((variant) => variant.id === batch.variant_id)?.title}
                    </p>
                    <p className={styles.meta}>
                      {t("batchLine", { quantity: batch.quantity, produced: day(batch.produced_on), bestBefore: day(batch.best_before), scans: batch.scan_count })}
                    </p>
                    {batch.flagged && <p className={styles.alert}>{t("batchFlagged")}</p>}
                  </span>
                  {batch.gtin ? (
                    <a href={`${locale === "en" ? "/en" : ""}/producer/batches/${encodeURIComponent(batch.id)}/labels`} className="button-secondary">
                      {t("printLabels")}
                    </a>
                  ) : (
                    <span className={styles.meta}>{t("labelsNeedGtin")}</span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.meta}>{t("noBatches")}</p>
          )}
          <BatchForm productId={product.id} packs={product.variants.map((variant) => ({ id: variant.id, title: variant.title }))} today={today()} />
        </div>
        <h2 className={styles.subheading}>{t("videos")}</h2>
        <div className={styles.card}>
          {videos.ok && videos.value.video_links.length > 0 ? (
            <ul className={styles.list}>
              {videos.value.video_links.map((video) => (
                <li key={video.id} className={styles.batch}>
                  <span>
                    <p className={styles.itemTitle}>{video.title}</p>
                    <p className={styles.meta}>
                      {t(`videoKinds.${video.kind}`)} · {video.url}
                    </p>
                  </span>
                  <form action={removeVideoAction}>
                    <input type="hidden" name="productId" value={product.id} />
                    <input type="hidden" name="videoId" value={video.id} />
                    <button type="submit" className="button-secondary">
                      {t("removeVideo")}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.meta}>{t("noVideos")}</p>
          )}
          {!archived && <VideoLinkForm productId={product.id} />}
        </div>
        {editable && (
          <>
            <h2 className={styles.subheading}>{t("submit")}</h2>
            <div className={styles.card}>
              <SubmitProductForm productId={product.id}>
                <p className={styles.meta}>{t("submitHint")}</p>
              </SubmitProductForm>
            </div>
          </>
        )}
        {!archived && (
          <>
            <h2 className={styles.subheading}>{t("archive")}</h2>
            <div className={styles.card}>
              <ArchiveProductForm productId={product.id} locale={locale} />
            </div>
          </>
        )}
      </AccountMessages>
    </div>
  );
}

/** Today in Vietnam, as the date field's YYYY-MM-DD. */
function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
}
