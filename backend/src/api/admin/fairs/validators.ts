import { z } from "@medusajs/framework/zod"
import { VIDEO_KINDS } from "@ocop/domain/trade-promotion"
import { communeCode, handle, isoDate, nfc, optionalNfc, provinceCode } from "../../validators"

const producerIds = z.array(z.string().min(1), { message: "producer_ids is a list of producer ids." }).max(500, "A fair may list at most 500 producers.")

const fairFields = {
  name: nfc("name", "productTitle", "Give the fair's name as its poster says it, e.g. Hội chợ OCOP Ninh Bình 2026."),
  name_en: optionalNfc("name_en", "productTitle"),
  description: optionalNfc("description", "productDescription"),
  description_en: optionalNfc("description_en", "productDescription"),
  starts_on: isoDate,
  ends_on: isoDate,
  province_code: provinceCode,
  commune_code: communeCode,
  venue: nfc("venue", "addressAsIssued", "Say where in the commune the fair is held, e.g. Quảng trường Đinh Tiên Hoàng."),
}

/** POST /admin/fairs: a fair with its days, place and the producers taking part. */
export const AdminCreateFair = z.object({ handle, ...fairFields, producer_ids: producerIds.default([]) })
export type AdminCreateFair = z.infer<typeof AdminCreateFair>

/** POST /admin/fairs/:id: what changes; the handle stays, as printed posters point to it. */
export const AdminUpdateFair = z.object({ ...fairFields, producer_ids: producerIds }).partial()
export type AdminUpdateFair = z.infer<typeof AdminUpdateFair>

/** A livestream or video link, from the Admin or the producer portal. The host is the workflow's to check. */
export const VideoLinkBody = z.object({
  url: z.string({ message: "Give url: the video's address on YouTube, TikTok or Facebook." }).trim().max(2000, "A video's address is at most 2000 characters."),
  title: nfc("title", "productTitle", "Give the card a title, e.g. Livestream bán miến dong Tài Hoan."),
  kind: z.enum(VIDEO_KINDS, { message: "kind is live (a livestream) or replay (a recorded video)." }).default("replay"),
  starts_at: z.string().datetime({ offset: true, message: "starts_at is a time with its zone, e.g. 2026-12-12T19:30:00+07:00." }).nullish(),
})
export type VideoLinkBody = z.infer<typeof VideoLinkBody>

/** POST /admin/pavilions/:province_code: the curation; a field left out stays as it was. */
export const AdminCuratePavilion = z
  .object({
    banner_url: z.string().url("banner_url is the address POST /admin/uploads answered with.").nullable(),
    introduction: optionalNfc("introduction", "story"),
    introduction_en: optionalNfc("introduction_en", "story"),
    producer_ids: producerIds,
    product_ids: z.array(z.string().min(1), { message: "product_ids is a list of product ids." }).max(48, "A pavilion features at most 48 products."),
  })
  .partial()
export type AdminCuratePavilion = z.infer<typeof AdminCuratePavilion>
