/** Fairs, pavilions and video links as the Admin, the portal and the shop read them (api/**). */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { findCommune, findProvince } from "@ocop/domain/admin-units"
import { fairUrl } from "@ocop/domain/storefront-links"
import { todayInVietnam } from "@ocop/domain/vietnam-date"
import { storefrontUrl } from "./storefront-url"

const VIDEO_FIELDS = ["id", "url", "platform", "title", "kind", "starts_at", "producer_id"]
const FAIR_FIELDS = [
  "id",
  "handle",
  "name",
  "name_en",
  "description",
  "description_en",
  "starts_on",
  "ends_on",
  "province_code",
  "commune_code",
  "venue",
  "producers.id",
  "producers.handle",
  "producers.name",
  "producers.status",
  "producers.province_code",
  ...VIDEO_FIELDS.map((field) => `video_links.${field}`),
]

export type VideoLinkView = {
  id: string
  url: string
  platform: string
  title: string
  kind: string
  starts_at: Date | string | null
  producer_id: string | null
}

type FairProducer = { id: string; handle: string; name: string; status: string; province_code: string }

type FairRecord = {
  id: string
  handle: string
  name: string
  name_en: string | null
  description: string | null
  description_en: string | null
  starts_on: string
  ends_on: string
  province_code: string
  commune_code: string
  venue: string
  producers?: (FairProducer | null)[] | null
  video_links?: (VideoLinkView | null)[] | null
}

export type FairView = Omit<FairRecord, "producers" | "video_links"> & {
  province_name: string | null
  commune_name: string | null
  producers: FairProducer[]
  video_links: VideoLinkView[]
}

const present = <T>(rows: (T | null)[] | null | undefined): T[] => (rows ?? []).flatMap((row) => (row ? [row] : []))

/** A fair with its units' names, its producers by name and its videos, soonest first. */
function fairView(fair: FairRecord, shopOnly: boolean): FairView {
  const producers = present(fair.producers)
    .filter((producer) => !shopOnly || producer.status === "approved")
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
  return {
    ...fair,
    province_name: findProvince(fair.province_code)?.name ?? null,
    commune_name: findCommune(fair.province_code, fair.commune_code)?.name ?? null,
    producers,
    video_links: sortVideos(present(fair.video_links)),
  }
}

function sortVideos(videos: VideoLinkView[]): VideoLinkView[] {
  return videos.sort((a, b) => String(b.starts_at ?? "").localeCompare(String(a.starts_at ?? "")))
}

/** Every fair, latest first (Admin), or the current and coming ones, soonest first (the shop). */
export async function listFairs(container: MedusaContainer, { shop }: { shop: boolean }): Promise<FairView[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "fair",
    fields: FAIR_FIELDS,
    filters: shop ? { ends_on: { $gte: todayInVietnam() } } : {},
  })
  const fairs = (data as FairRecord[]).map((fair) => fairView(fair, shop))
  return shop ? fairs.sort((a, b) => a.starts_on.localeCompare(b.starts_on)) : fairs.sort((a, b) => b.starts_on.localeCompare(a.starts_on))
}

/** One fair by id (Admin) or handle (the shop, which also shows fairs that are over: a printed QR still leads somewhere). */
export async function retrieveFair(container: MedusaContainer, by: { id: string } | { handle: string }): Promise<FairView> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "fair", fields: FAIR_FIELDS, filters: by })
  const fair = data[0] as FairRecord | undefined
  if (!fair) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no fair ${"id" in by ? by.id : by.handle}: check the address, or see the list of fairs.`)
  }
  return fairView(fair, "handle" in by)
}

/** The livestreams and videos linked to one product or campaign, latest first; undefined when no row matches. */
async function linkedVideos(container: MedusaContainer, entity: "product" | "trade_campaign", filters: Record<string, unknown>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields: VIDEO_FIELDS.map((field) => `video_links.${field}`), filters })
  const row = data[0] as { video_links?: (VideoLinkView | null)[] | null } | undefined
  return row && sortVideos(present(row.video_links))
}

/** A product's livestreams and videos, latest first; for buyers (`published`) only a published product's, any other being not found. */
export async function videoLinksOfProduct(container: MedusaContainer, productId: string, { published = false } = {}): Promise<VideoLinkView[]> {
  const videos = await linkedVideos(container, "product", published ? { id: productId, status: "published" } : { id: productId })
  if (!videos) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product ${productId}.`)
  return videos
}

/** A campaign's livestreams and videos, latest first. */
export async function videoLinksOfCampaign(container: MedusaContainer, campaignId: string): Promise<VideoLinkView[]> {
  const videos = await linkedVideos(container, "trade_campaign", { id: campaignId })
  if (!videos) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no campaign ${campaignId}: check the address, or see the list of trade campaigns.`)
  return videos
}

export type PavilionView = {
  province_code: string
  banner: Record<string, unknown> | null
  banner_url: string | null
  introduction: string | null
  introduction_en: string | null
  producers: { id: string; handle: string; name: string }[]
  products: { id: string; handle: string; title: string }[]
}

/** A province's curation; an uncurated province answers with nothing curated, not a 404 (all 34 have a pavilion). */
export async function retrievePavilion(container: MedusaContainer, provinceCode: string): Promise<PavilionView> {
  if (!findProvince(provinceCode)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Province code "${provinceCode}" is not one of Vietnam's 34 provinces since 2025-07-01.`)
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "pavilion",
    fields: ["province_code", "banner", "banner_url", "introduction", "introduction_en", "producers.id", "producers.handle", "producers.name", "products.id", "products.handle", "products.title"],
    filters: { province_code: provinceCode },
  })
  const pavilion = data[0] as (Omit<PavilionView, "producers" | "products"> & { producers?: PavilionView["producers"]; products?: PavilionView["products"] }) | undefined
  return {
    province_code: provinceCode,
    banner: pavilion?.banner ?? null,
    banner_url: pavilion?.banner_url ?? null,
    introduction: pavilion?.introduction ?? null,
    introduction_en: pavilion?.introduction_en ?? null,
    producers: present(pavilion?.producers),
    products: present(pavilion?.products),
  }
}

/** What the Admin adds to a fair: where its page and its poster are on the storefront, to open and print. */
export function withStorefrontLinks(fair: FairView): FairView & { page_url: string; poster_url: string } {
  const origin = storefrontUrl()
  return { ...fair, page_url: fairUrl(origin, fair.handle), poster_url: fairUrl(origin, fair.handle, "poster") }
}

export type PavilionCandidate = { id: string; handle: string; name: string; products: { id: string; title: string; status: string }[] }

/** The province's approved producers with their products: what the Admin offers to feature. */
export async function pavilionCandidates(container: MedusaContainer, provinceCode: string): Promise<PavilionCandidate[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["id", "handle", "name", "products.id", "products.title", "products.status"],
    filters: { province_code: provinceCode, status: "approved" },
  })
  return (data as (Omit<PavilionCandidate, "products"> & { products?: (PavilionCandidate["products"][number] | null)[] | null })[])
    .map((producer) => ({ ...producer, products: present(producer.products).filter((product) => product.status === "published") }))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
}
