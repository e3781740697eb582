"use server";
// The portal's forms: each sends what the producer typed to the producer API and, when the
// backend refuses it, hands the backend's sentence back next to the field with the typed values.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";
import { formLocale, } from "@/i18n/routing";
import {
  acceptProducerInvite,
  chooseProducer,
  endProducerSession,
  type PortalResult,
  producerCall,
  registerProducer,
  signInMember,
  startProducerSession,
  submitCertificate,
} from "@/lib/producer-portal";
import { communesOf } from "@/modules/account/address-rules";
import { text } from "@/modules/account/validation";
import { type PortalFormState, placeRefusal } from "./form-state";


function valuesOf(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, text(form, name)]));
}

export async function signInProducer(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const values = valuesOf(form, ["email"]);
  const result = await signInMember(values.email ?? "", String(form.get("password") ?? ""));
  if (!result.ok) {
    if (result.reason !== "refused") return { values, fieldErrors: {}, failure: "unavailable" };
    // Too many attempts (429) says when to try again in the backend's sentence.
    return result.status === 401 ? { values, fieldErrors: {}, failure: "wrongCredentials" } : { values, fieldErrors: {}, message: result.message };
  }
  await startProducerSession(result.value);
  redirect(getPathname({ href: "/producer", locale: formLocale(form) }));
}

const REGISTRATION_FIELDS = {
  name: "name",
  kind: "kind",
  business_registration_number: "registrationNumber",
  phone: "phone",
  address_as_issued: "addressAsIssued",
  province_code: "provinceCode",
  commune_code: "communeCode",
  "owner.name": "ownerName",
  "owner.email": "email",
  "owner.password": "password",
} as const;

export async function registerProducerAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const values = valuesOf(form, Object.values(REGISTRATION_FIELDS).filter((name) => name !== "password"));
  const locale = formLocale(form);
  // Without JavaScript, choosing a province reloads the form with its communes.
  const communes = communesOf(values.provinceCode ?? "");
  if (text(form, "intent") === "province") return { values: { ...values, communeCode: "" }, fieldErrors: {}, communes };
  const result = await registerProducer({
    name: values.name ?? "",
    kind: values.kind ?? "",
    business_registration_number: values.registrationNumber ?? "",
    phone: values.phone ?? "",
    address_as_issued: values.addressAsIssued ?? "",
    province_code: values.provinceCode ?? "",
    commune_code: values.communeCode ?? "",
    owner: { name: values.ownerName ?? "", email: values.email ?? "", password: String(form.get("password") ?? "") },
  });
  if (!result.ok) {
    if (result.reason !== "refused") return { values, fieldErrors: {}, failure: "unavailable", communes };
    return { values, communes, ...placeRefusal(result.message, REGISTRATION_FIELDS) };
  }
  redirect(`${getPathname({ href: "/producer/register", locale })}?received=1`);
}

export async function signOutProducer(form: FormData): Promise<void> {
  await endProducerSession();
  redirect(getPathname({ href: "/producer", locale: formLocale(form) }));
}

export async function switchProducer(form: FormData): Promise<void> {
  await chooseProducer(text(form, "producerId"));
  redirect(getPathname({ href: "/producer", locale: formLocale(form) }));
}

const PRODUCT_FIELDS = {
  title: "title",
  title_en: "titleEn",
  description: "description",
  description_en: "descriptionEn",
  story_vi: "storyVi",
  story_en: "storyEn",
  product_set_id: "productSetId",
  "variants.0.title": "packTitle",
  sku: "sku",
  gtin: "gtin",
  price: "price",
  stock: "stock",
} as const;

/** "125.000" or "125000" typed as a price: whole đồng; anything else goes to the backend as typed, to be refused in its words. */
function wholeNumber(typed: string): number | string {
  const digits = typed.replace(/[.\s ₫đ]/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : typed;
}

function optional(value: string | undefined): string | undefined {
  return value ? value : undefined;
}

export async function createProductAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const values = valuesOf(form, Object.values(PRODUCT_FIELDS));
  const result = await producerCall<{ product: { id: string } }>("/producer/products", {
    method: "POST",
    body: {
      title: values.title,
      title_en: optional(values.titleEn),
      description: optional(values.description),
      description_en: optional(values.descriptionEn),
      story_vi: optional(values.storyVi),
      story_en: optional(values.storyEn),
      product_set_id: values.productSetId,
      variants: [
        { title: values.packTitle, sku: values.sku, gtin: optional(values.gtin), price: wholeNumber(values.price ?? ""), stock: wholeNumber(values.stock ?? "") },
      ],
    },
  });
  if (!result.ok) {
    if (result.reason !== "refused") return { values, fieldErrors: {}, failure: result.reason === "signed_out" ? "signedOut" : "unavailable" };
    const placed = placeRefusal(result.message, PRODUCT_FIELDS);
    return { values, ...placed };
  }
  revalidatePath("/", "layout");
  // ?created tells the product's page to forget the new-product form's draft.
  redirect(`${getPathname({ href: { pathname: "/producer/products/[id]", params: { id: result.value.product.id } }, locale: formLocale(form) })}?created=1`);
}

const PACK_FIELDS = { price: "price", stock: "stock" } as const;

export async function updatePackAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const values = valuesOf(form, ["price", "stock"]);
  const productId = text(form, "productId");
  const variantId = text(form, "variantId");
  const result = await producerCall(`/producer/products/${encodeURIComponent(productId)}/variants/${encodeURIComponent(variantId)}`, {
    method: "POST",
    body: { price: wholeNumber(values.price ?? ""), stock: wholeNumber(values.stock ?? "") },
  });
  if (!result.ok) {
    if (result.reason !== "refused") return { values, fieldErrors: {}, failure: result.reason === "signed_out" ? "signedOut" : "unavailable" };
    return { values, ...placeRefusal(result.message, PACK_FIELDS) };
  }
  revalidatePath("/", "layout");
  return { values, fieldErrors: {}, done: true };
}

export async function submitProductAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const productId = text(form, "productId");
  const result = await producerCall(`/producer/products/${encodeURIComponent(productId)}/submit`, { method: "POST", body: {} });
  if (!result.ok) {
    if (result.reason !== "refused") return { values: {}, fieldErrors: {}, failure: result.reason === "signed_out" ? "signedOut" : "unavailable" };
    return { values: {}, fieldErrors: {}, message: result.message };
  }
  revalidatePath("/", "layout");
  return { values: {}, fieldErrors: {} };
}

const CERTIFICATE_FIELDS = {
  document: "document",
  decision_number: "decisionNumber",
  decision_date: "decisionDate",
  issuing_authority: "issuingAuthority",
  star_rating: "starRating",
  total_score: "totalScore",
  score_a: "scoreA",
  score_b: "scoreB",
  score_c: "scoreC",
} as const;

/** The producer's certificate with its decision document, on to the backend, which sniffs the file and checks the stars. */
export async function submitCertificateAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const values = valuesOf(form, Object.values(CERTIFICATE_FIELDS).filter((name) => name !== "document"));
  const upload = new FormData();
  for (const [apiName, formName] of Object.entries(CERTIFICATE_FIELDS)) {
    if (formName === "document") continue;
    upload.append(apiName, values[formName] ?? "");
  }
  const document = form.get("document");
  if (document instanceof File && document.size > 0) upload.append("document", document, document.name);
  const result = await submitCertificate(text(form, "productId"), upload);
  if (!result.ok) {
    if (result.reason !== "refused") return { values, fieldErrors: {}, failure: result.reason === "signed_out" ? "signedOut" : "unavailable" };
    return { values, ...placeRefusal(result.message, CERTIFICATE_FIELDS) };
  }
  revalidatePath("/", "layout");
  return { values: {}, fieldErrors: {} };
}

function orderPath(form: FormData, ...rest: string[]): string {
  return ["/producer/orders", text(form, "orderId"), ...rest].map((part, index) => (index === 0 ? part : encodeURIComponent(part))).join("/");
}

/** Packs every one of the producer's lines of the order that is not packed yet. */
export async function packParcelAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const result = await producerCall(orderPath(form, "fulfillments"), { method: "POST", body: {} });
  return afterParcelStep(result);
}

const SHIP_FIELDS = { carrier: "carrier", tracking_number: "trackingNumber" } as const;

/** Hands the packed parcel to a carrier, with the carrier's tracking number. */
export async function shipParcelAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const values = valuesOf(form, Object.values(SHIP_FIELDS));
  const result = await producerCall(orderPath(form, "fulfillments", text(form, "parcelId"), "shipments"), {
    method: "POST",
    body: { carrier: values.carrier, tracking_number: values.trackingNumber },
  });
  if (!result.ok && result.reason === "refused") return { values, ...placeRefusal(result.message, SHIP_FIELDS) };
  return { ...afterParcelStep(result), values: result.ok ? {} : values };
}

export async function deliverParcelAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const result = await producerCall(orderPath(form, "fulfillments", text(form, "parcelId"), "delivered"), { method: "POST", body: {} });
  return afterParcelStep(result);
}

function afterParcelStep(result: PortalResult<unknown>): PortalFormState {
  if (!result.ok) {
    if (result.reason !== "refused") return { values: {}, fieldErrors: {}, failure: result.reason === "signed_out" ? "signedOut" : "unavailable" };
    return { values: {}, fieldErrors: {}, message: result.message };
  }
  // The buyer's order page shows the parcel's state; the portal's order page reads it afresh.
  revalidatePath("/", "layout");
  return { values: {}, fieldErrors: {}, done: true };
}

const BATCH_FIELDS = { variant_id: "variantId", lot_code: "lotCode", quantity: "quantity", produced_on: "producedOn", best_before: "bestBefore" } as const;

/** Records a batch (lô) of one of the product's packs, for its labels. */
export async function recordBatchAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const values = valuesOf(form, Object.values(BATCH_FIELDS));
  const productId = text(form, "productId");
  const result = await producerCall(`/producer/products/${encodeURIComponent(productId)}/batches`, {
    method: "POST",
    body: {
      variant_id: values.variantId,
      lot_code: values.lotCode,
      quantity: wholeNumber(values.quantity ?? ""),
      produced_on: values.producedOn,
      best_before: values.bestBefore,
    },
  });
  if (!result.ok) {
    if (result.reason !== "refused") return { values, fieldErrors: {}, failure: result.reason === "signed_out" ? "signedOut" : "unavailable" };
    return { values, ...placeRefusal(result.message, BATCH_FIELDS) };
  }
  revalidatePath("/", "layout");
  return { values: {}, fieldErrors: {}, done: true };
}

const INVITE_FIELDS = { email: "email", role: "role" } as const;

/** An owner invites someone by email, as staff or as another owner. */
export async function inviteMemberAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const values = valuesOf(form, Object.values(INVITE_FIELDS));
  const result = await producerCall("/producer/members", { method: "POST", body: { email: values.email, role: values.role || "staff" } });
  if (!result.ok) {
    if (result.reason !== "refused") return { values, fieldErrors: {}, failure: result.reason === "signed_out" ? "signedOut" : "unavailable" };
    return { values, ...placeRefusal(result.message, INVITE_FIELDS) };
  }
  revalidatePath("/", "layout");
  return { values: {}, fieldErrors: {}, done: true };
}

/** An owner takes a member off the producer. */
export async function removeMemberAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const result = await producerCall(`/producer/members/${encodeURIComponent(text(form, "memberId"))}`, { method: "DELETE" });
  if (!result.ok) {
    if (result.reason !== "refused") return { values: {}, fieldErrors: {}, failure: result.reason === "signed_out" ? "signedOut" : "unavailable" };
    return { values: {}, fieldErrors: {}, message: result.message };
  }
  revalidatePath("/", "layout");
  return { values: {}, fieldErrors: {}, done: true };
}

const ACCEPT_FIELDS = { token: "token", name: "name", password: "password" } as const;

/** The invited person joins: with a name and a password when the email has no portal login yet. */
export async function acceptInviteAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const values = valuesOf(form, ["token", "name"]);
  const password = String(form.get("password") ?? "");
  const result = await acceptProducerInvite({ token: values.token ?? "", ...(values.name ? { name: values.name } : {}), ...(password ? { password } : {}) });
  if (!result.ok) {
    if (result.reason !== "refused") return { values, fieldErrors: {}, failure: "unavailable" };
    return { values, ...placeRefusal(result.message, ACCEPT_FIELDS) };
  }
  const joined = new URLSearchParams({ joined: result.value.producer.name, email: result.value.member.email });
  redirect(`${getPathname({ href: "/producer", locale: formLocale(form) })}?${joined}`);
}

/** What each of the product's own forms sends back to itself when the backend refuses it or is out of reach. */
function refusedOrUnavailable(result: Exclude<PortalResult<unknown>, { ok: true }>, values: Record<string, string>, fields?: Readonly<Record<string, string>>): PortalFormState {
  if (result.reason !== "refused") return { values, fieldErrors: {}, failure: result.reason === "signed_out" ? "signedOut" : "unavailable" };
  return fields ? { values, ...placeRefusal(result.message, fields) } : { values, fieldErrors: {}, message: result.message };
}

const PRODUCT_TEXT_FIELDS = {
  title: "title",
  title_en: "titleEn",
  description: "description",
  description_en: "descriptionEn",
  story_vi: "storyVi",
  story_en: "storyEn",
  product_set_id: "productSetId",
} as const;

/** The product's texts and product set; a published product's change is live at once. An emptied optional text is removed. */
export async function updateProductAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const values = valuesOf(form, Object.values(PRODUCT_TEXT_FIELDS));
  const result = await producerCall(`/producer/products/${encodeURIComponent(text(form, "productId"))}`, {
    method: "POST",
    body: {
      title: values.title,
      title_en: values.titleEn || null,
      description: values.description || null,
      description_en: values.descriptionEn || null,
      story_vi: values.storyVi || null,
      story_en: values.storyEn || null,
      product_set_id: values.productSetId,
    },
  });
  if (!result.ok) return refusedOrUnavailable(result, values, PRODUCT_TEXT_FIELDS);
  revalidatePath("/", "layout");
  return { values, fieldErrors: {}, done: true };
}

const NEW_PACK_FIELDS = { title: "packTitle", sku: "sku", gtin: "gtin", price: "price", stock: "stock" } as const;

/** Another pack size of the product. */
export async function addPackAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const values = valuesOf(form, Object.values(NEW_PACK_FIELDS));
  const result = await producerCall(`/producer/products/${encodeURIComponent(text(form, "productId"))}/variants`, {
    method: "POST",
    body: { title: values.packTitle, sku: values.sku, gtin: optional(values.gtin), price: wholeNumber(values.price ?? ""), stock: wholeNumber(values.stock ?? "") },
  });
  if (!result.ok) return refusedOrUnavailable(result, values, NEW_PACK_FIELDS);
  revalidatePath("/", "layout");
  return { values: {}, fieldErrors: {}, done: true };
}

/** A photo moved one place, made the cover, or removed. */
export async function arrangePhotoAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const path = `/producer/products/${encodeURIComponent(text(form, "productId"))}/photos/${encodeURIComponent(text(form, "photoId"))}`;
  const intent = text(form, "intent");
  const result =
    intent === "remove"
      ? await producerCall(path, { method: "DELETE" })
      : await producerCall(path, { method: "POST", body: intent === "cover" ? { cover: true } : { rank: Math.max(0, Number(text(form, "rank"))) } });
  if (!result.ok) return refusedOrUnavailable(result, {});
  revalidatePath("/", "layout");
  return { values: {}, fieldErrors: {}, done: true };
}

/** Takes the product off sale for good: only after the producer ticks that they mean it. */
export async function archiveProductAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  if (text(form, "confirm") !== "yes") {
    const t = await getTranslations({ locale: formLocale(form), namespace: "ProducerPortal" });
    return { values: {}, fieldErrors: { confirm: t("archiveConfirmNeeded") } };
  }
  const result = await producerCall(`/producer/products/${encodeURIComponent(text(form, "productId"))}`, { method: "DELETE" });
  if (!result.ok) return refusedOrUnavailable(result, {});
  revalidatePath("/", "layout");
  redirect(getPathname({ href: "/producer", locale: formLocale(form) }));
}

const VIDEO_FIELDS = { url: "url", title: "title", kind: "kind", starts_at: "startsAt" } as const;

/** The producer attaches a livestream or video on YouTube, TikTok or Facebook to one of its products. */
export async function attachVideoAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const values = valuesOf(form, Object.values(VIDEO_FIELDS));
  const productId = text(form, "productId");
  const result = await producerCall(`/producer/products/${encodeURIComponent(productId)}/video-links`, {
    method: "POST",
    body: {
      url: values.url,
      title: values.title,
      kind: values.kind === "live" ? "live" : "replay",
      // The form's local time is Vietnam's, whatever the server's zone.
      starts_at: values.startsAt ? `${values.startsAt}:00+07:00` : null,
    },
  });
  if (!result.ok) {
    if (result.reason !== "refused") return { values, fieldErrors: {}, failure: result.reason === "signed_out" ? "signedOut" : "unavailable" };
    return { values, ...placeRefusal(result.message, VIDEO_FIELDS) };
  }
  revalidatePath("/", "layout");
  return { values: {}, fieldErrors: {}, done: true };
}

/** The producer takes a video link off one of its products. */
export async function removeVideoAction(form: FormData): Promise<void> {
  const productId = text(form, "productId");
  await producerCall(`/producer/products/${encodeURIComponent(productId)}/video-links/${encodeURIComponent(text(form, "videoId"))}`, { method: "DELETE" });
  revalidatePath("/", "layout");
}
