/**
 * What backend integration tests sell from, built as production builds it: the store setup of the
 * migration scripts (`medusa db:migrate`), then producers, products, stock and certificates through
 * Medusa's and our workflows. No sample catalogue: each test names the few things it needs.
 */
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MigrationScriptsMigrator } from "@medusajs/framework/migrations"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  addToCartWorkflow,
  createCartWorkflow,
  createInventoryLevelsWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createProductsWorkflow,
  createUsersWorkflow,
} from "@medusajs/medusa/core-flows"
import { ORDER_ACCESS_HEADER } from "@ocop/domain/order-access"
import { OCOP_STORE_FIELDS as STORE_FIELDS } from "@ocop/domain/product"
import {
  HAI_HAU_SHOWROOM,
  PUBLISHABLE_KEY_TITLE,
  REGION_NAME,
  SHOWROOM_SALES_CHANNEL,
  WEB_SALES_CHANNEL,
} from "../src/lib/store-setup"
import { cartDeliveryChoices } from "../src/lib/cart-delivery"
import { createPosStaffWorkflow } from "../src/workflows/create-pos-staff"
import { createProducerWorkflow, type CreateProducerWorkflowInput } from "../src/workflows/create-producer"
import { recordCertificateWorkflow, type RecordCertificateWorkflowInput } from "../src/workflows/record-certificate"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }
export type Headers = { headers: Record<string, string> }

const BACKEND_MIGRATION_SCRIPTS = path.join(__dirname, "..", "src", "migration-scripts")
const MEDUSA_MIGRATION_SCRIPTS = path.join(path.dirname(require.resolve("@medusajs/medusa")), "migration-scripts")

/**
 * Runs the migration scripts as `medusa db:migrate` does (Medusa's own, then ours: Decision 148's
 * product sets and the store setup). Medusa's test runner migrates the schema but runs no scripts.
 */
export async function runMigrationScripts(container: MedusaContainer): Promise<void> {
  const migrator = new MigrationScriptsMigrator({ container })
  await migrator.ensureMigrationsTable()
  await migrator.run([MEDUSA_MIGRATION_SCRIPTS, BACKEND_MIGRATION_SCRIPTS])
}

export type TestStore = {
  webChannelId: string
  showroomChannelId: string
  regionId: string
  shippingProfileId: string
  showroomId: string
  showroomLocationId: string
  publishableKey: string
  /** For the store API, as the storefront calls it: the web shop's publishable key. */
  storeHeaders: Headers
  /** The id of a Decision 148 product set by its number (1–26). */
  productSetId: (number: number) => string
}

/** The shop after `medusa db:migrate`, found by the names the migration script gives it. */
export async function setUpStore(container: MedusaContainer): Promise<TestStore> {
  await runMigrationScripts(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const one = async (entity: string, fields: string[], filters: Record<string, unknown> = {}) => {
    const { data } = await query.graph({ entity, fields, filters })
    if (!data[0]) throw new Error(`The store setup has no ${entity} matching ${JSON.stringify(filters)}.`)
    return data[0]
  }
  const channel = (name: string) => one("sales_channel", ["id"], { name })
  const [web, showroomChannel, region, profile, key, showroom] = await Promise.all([
    channel(WEB_SALES_CHANNEL),
    channel(SHOWROOM_SALES_CHANNEL),
    one("region", ["id"], { name: REGION_NAME }),
    one("shipping_profile", ["id"], { type: "default" }),
    one("api_key", ["token"], { title: PUBLISHABLE_KEY_TITLE, type: "publishable" }),
    one("showroom", ["id", "stock_location.id"], { handle: HAI_HAU_SHOWROOM.handle }),
  ])
  const { data: sets } = await query.graph({ entity: "product_set", fields: ["id", "number"] })
  const productSetId = (number: number) => {
    const set = sets.find((s: { number: number }) => s.number === number)
    if (!set) throw new Error(`Decision 148 has no product set number ${number}.`)
    return set.id as string
  }
  return {
    webChannelId: web.id,
    showroomChannelId: showroomChannel.id,
    regionId: region.id,
    shippingProfileId: profile.id,
    showroomId: showroom.id,
    showroomLocationId: showroom.stock_location.id,
    publishableKey: key.token,
    storeHeaders: { headers: { "x-publishable-api-key": key.token } },
    productSetId,
  }
}

/** An operator of the programme office who signs in with `email` and `password` (`POST /auth/user/emailpass`). */
export async function createOperator(container: MedusaContainer, email: string, password: string): Promise<void> {
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } } as Parameters<typeof auth.register>[1])
  const { result: users } = await createUsersWorkflow(container).run({ input: { users: [{ email }] } })
  await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: users[0]!.id } })
}

/** An operator of the programme office, signed in to the Admin API. */
export async function signInOperator(container: MedusaContainer, api: Api, email = "operator@test.example.vn"): Promise<Headers> {
  const password = "operator-test-password"
  await createOperator(container, email, password)
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

export type TestProducer = { id: string; handle: string; name: string; provinceCode: string; locationId: string }

/** A producer with its own stock location in the web channel (createProducerWorkflow), approved unless told. */
export async function createTestProducer(container: MedusaContainer, input: CreateProducerWorkflowInput): Promise<TestProducer> {
  const { result } = await createProducerWorkflow(container).run({ input: { status: "approved", ...input } })
  return {
    id: result.producer.id,
    handle: result.producer.handle,
    name: result.producer.name,
    provinceCode: result.producer.province_code,
    locationId: result.stock_location.id,
  }
}

export type TestVariantInput = {
  title: string
  priceVnd: number
  /** Packs at the producer's own stock location. */
  stock: number
  /** Packs at the Hải Hậu showroom's counter (the product is then also in the showroom channel). */
  showroomStock?: number
}

export type TestCertificateInput = Omit<RecordCertificateWorkflowInput, "product_id" | "product_set_id">

export type TestProductInput = {
  producer: TestProducer
  title: string
  handle: string
  /** Decision 148 product set number. */
  productSet: number
  variants: TestVariantInput[]
  status?: "published" | "draft"
  certificates?: TestCertificateInput[]
}

export type TestProduct = {
  id: string
  handle: string
  title: string
  variants: { id: string; title: string; sku: string; priceVnd: number; inventoryItemId: string }[]
}

/**
 * A product of `producer` with one option ("Quy cách"), its variants priced in VND and stocked at
 * the producer's location, in the web channel (and the showroom's when a variant has showroom
 * stock), linked to its producer and product set, with its certificates recorded and verified.
 */
export async function createTestProduct(container: MedusaContainer, store: TestStore, input: TestProductInput): Promise<TestProduct> {
  const option = "Quy cách"
  const inShowroom = input.variants.some((v) => v.showroomStock !== undefined)
  const sku = (index: number) => `${input.handle}-${index + 1}`
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: input.title,
          handle: input.handle,
          status: input.status ?? "published",
          origin_country: "vn",
          shipping_profile_id: store.shippingProfileId,
          options: [{ title: option, values: input.variants.map((v) => v.title) }],
          variants: input.variants.map((variant, index) => ({
            title: variant.title,
            sku: sku(index),
            manage_inventory: true,
            options: { [option]: variant.title },
            prices: [{ amount: variant.priceVnd, currency_code: "vnd" }],
          })),
          sales_channels: [{ id: store.webChannelId }, ...(inShowroom ? [{ id: store.showroomChannelId }] : [])],
        },
      ],
      additional_data: { producer_id: input.producer.id, product_set_id: store.productSetId(input.productSet) },
    },
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "sku", "title", "inventory_items.inventory_item_id"],
    filters: { product_id: product!.id },
  })
  const created = input.variants.map((variant, index) => {
    const row = variants.find((v: { sku?: string | null }) => v.sku === sku(index))!
    const inventoryItemId = row.inventory_items?.[0]?.inventory_item_id
    if (!inventoryItemId) throw new Error(`Variant ${sku(index)} has no inventory item.`)
    return { id: row.id as string, title: variant.title, sku: sku(index), priceVnd: variant.priceVnd, inventoryItemId: inventoryItemId as string }
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: input.variants.flatMap((variant, index) => [
        { inventory_item_id: created[index]!.inventoryItemId, location_id: input.producer.locationId, stocked_quantity: variant.stock },
        ...(variant.showroomStock === undefined
          ? []
          : [{ inventory_item_id: created[index]!.inventoryItemId, location_id: store.showroomLocationId, stocked_quantity: variant.showroomStock }]),
      ]),
    },
  })

  for (const certificate of input.certificates ?? []) {
    await recordCertificateWorkflow(container).run({
      input: { verified: true, ...certificate, product_id: product!.id, product_set_id: store.productSetId(input.productSet) },
    })
  }
  return { id: product!.id, handle: input.handle, title: input.title, variants: created }
}

/** Three producers in three provinces, each with its own stock location. */
export const TEST_PRODUCERS = {
  /** Thái Nguyên (19), Xã Côn Minh (02185). */
  taiHoan: {
    handle: "htx-tai-hoan",
    name: "HTX Tài Hoan",
    kind: "cooperative",
    address_as_issued: "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn",
    province_code: "19",
    commune_code: "02185",
  },
  /** Ninh Bình (37), in the old Hải Hậu district: its products are also sold at the showroom's counter. */
  haiHau: {
    handle: "banh-nhan-luu-lien-phuong",
    name: "Hộ kinh doanh Lưu Liên Phương",
    kind: "household",
    address_as_issued: "xã Hải Bắc, huyện Hải Hậu, tỉnh Nam Định",
    province_code: "37",
    commune_code: null,
  },
  /** Quảng Ninh (22). */
  vanDon: {
    handle: "newstar-van-don",
    name: "Công ty TNHH MTV Newstar",
    kind: "enterprise",
    address_as_issued: "xã Đoàn Kết, huyện Vân Đồn, tỉnh Quảng Ninh",
    province_code: "22",
    commune_code: null,
  },
} as const satisfies Record<string, CreateProducerWorkflowInput>

export type TestCatalogue = {
  producers: Record<keyof typeof TEST_PRODUCERS, TestProducer>
  products: {
    /** HTX Tài Hoan, 5★ (2024-06-25): 500 g at 65.000 ₫ (40 packs), 1 kg at 120.000 ₫ (20 packs). */
    mienDong: TestProduct
    /** The Hải Hậu household, awaiting evaluation: 35.000 ₫, 30 packs at the producer and 6 at the showroom. */
    banhNhan: TestProduct
    /** Newstar, 4★ (2025-03-20): 500 ml at 150.000 ₫ (12 bottles). */
    nuocMam: TestProduct
  }
}

/** Miến dong Tài Hoan's 5★ re-evaluation (sample numbers): valid until 2027-06-25. */
export const MIEN_DONG_CERTIFICATE = {
  decision_number: "1234/QĐ-BNN-KTHT",
  decision_date: "2024-06-25",
  issuing_authority: "Bộ Nông nghiệp và Phát triển nông thôn",
  star_rating: 5,
  total_score: 92,
  score_a: 37,
  score_b: 23,
  score_c: 32,
  evaluation_kind: "re_evaluation",
} satisfies TestCertificateInput

/** The three producers with one product each: enough for carts of one, two or three producers. */
export async function createTestCatalogue(container: MedusaContainer, store: TestStore): Promise<TestCatalogue> {
  const taiHoan = await createTestProducer(container, TEST_PRODUCERS.taiHoan)
  const haiHau = await createTestProducer(container, TEST_PRODUCERS.haiHau)
  const vanDon = await createTestProducer(container, TEST_PRODUCERS.vanDon)
  const mienDong = await createTestProduct(container, store, {
    producer: taiHoan,
    title: "Miến dong Tài Hoan",
    handle: "mien-dong-tai-hoan",
    productSet: 7,
    variants: [
      { title: "Gói 500 g", priceVnd: 65_000, stock: 40 },
      { title: "Gói 1 kg", priceVnd: 120_000, stock: 20 },
    ],
    certificates: [MIEN_DONG_CERTIFICATE],
  })
  const banhNhan = await createTestProduct(container, store, {
    producer: haiHau,
    title: "Bánh nhãn Tết Vua",
    handle: "banh-nhan-tet-vua",
    productSet: 6,
    variants: [{ title: "Hộp 300 g", priceVnd: 35_000, stock: 30, showroomStock: 6 }],
  })
  const nuocMam = await createTestProduct(container, store, {
    producer: vanDon,
    title: "Nước mắm sá sùng Vân Đồn",
    handle: "nuoc-mam-sa-sung-van-don",
    productSet: 9,
    variants: [{ title: "Chai 500 ml", priceVnd: 150_000, stock: 12 }],
    certificates: [
      {
        decision_number: "3567/QĐ-UBND",
        decision_date: "2025-03-20",
        issuing_authority: "UBND tỉnh Quảng Ninh",
        star_rating: 4,
        total_score: 78,
        score_a: 32,
        score_b: 20,
        score_c: 26,
        evaluation_kind: "new",
      },
    ],
  })
  return { producers: { taiHoan, haiHau, vanDon }, products: { mienDong, banhNhan, nuocMam } }
}

/**
 * What a store API client adds to `fields` to get a product's OCOP links, as the storefront does;
 * `presentOcopProduct` of @ocop/domain/product then gives the producer and the `ocop` view.
 */
export const OCOP_STORE_FIELDS = STORE_FIELDS.join(",")

/** A buyer's address in Xã Hải Hậu, Tỉnh Ninh Bình, with the 2025 codes the checkout sends. */
export const HAI_HAU_SHIPPING_ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "Số 5 đường Trần Hưng Đạo",
  city: "Xã Hải Hậu",
  province: "Tỉnh Ninh Bình",
  country_code: "vn",
  phone: "+84 912 345 678",
  metadata: { province_code: "37", commune_code: "14215" },
}

/** One pack an approved producer of Hải Hậu sells: its variant, product, inventory item and the producer with its stock location. */
export type TestPack = { variantId: string; productId: string; productHandle: string; inventoryItemId: string; producerId: string; locationId: string }

/** A Hải Hậu cooperative's 5 kg rice at `priceVnd`, `stock` packs of it at the producer's own location. */
export async function createTestPack(
  container: MedusaContainer,
  store: TestStore,
  handle: string,
  priceVnd: number,
  stock: number,
  counter: { showroomStock?: number; gtin?: string } = {},
): Promise<TestPack> {
  const producer = await createTestProducer(container, {
    handle,
    name: `HTX ${handle}`,
    kind: "cooperative",
    address_as_issued: "thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định",
    province_code: "37",
  })
  const product = await createTestProduct(container, store, {
    producer,
    title: `Gạo ${handle}`,
    handle: `gao-${handle}`,
    productSet: 1,
    variants: [{ title: "5 kg", priceVnd, stock, showroomStock: counter.showroomStock }],
  })
  const variant = product.variants[0]!
  if (counter.gtin) await container.resolve(Modules.PRODUCT).updateProductVariants(variant.id, { ean: counter.gtin })
  return { variantId: variant.id, productId: product.id, productHandle: product.handle, inventoryItemId: variant.inventoryItemId, producerId: producer.id, locationId: producer.locationId }
}

/** A staff member of a showroom's counter with an email-and-password login, as the programme office adds them. */
export async function createPosStaff(container: MedusaContainer, input: { email: string; password: string; role: "cashier" | "manager"; showroomId: string }): Promise<string> {
  const { result } = await createPosStaffWorkflow(container).run({
    input: { email: input.email, password: input.password, name: input.email.split("@")[0]!, role: input.role, showroom_id: input.showroomId },
  })
  return result.id
}

/**
 * A cart by `email` of the given lines, to Hải Hậu with standard delivery (one parcel per producer)
 * and a payment session of `providerId`: what completeCartWorkflow needs to place the order.
 */
export async function createReadyCart(
  container: MedusaContainer,
  store: TestStore,
  {
    email,
    lines,
    providerId,
    shippingAddress = HAI_HAU_SHIPPING_ADDRESS,
    customerId,
  }: {
    email: string
    lines: { variantId: string; quantity: number }[]
    providerId: string
    shippingAddress?: Record<string, unknown>
    /** The signed-in customer whose cart it is; a guest's without. */
    customerId?: string
  },
): Promise<string> {
  const { result: cart } = await createCartWorkflow(container).run({
    input: { region_id: store.regionId, sales_channel_id: store.webChannelId, email, shipping_address: shippingAddress, customer_id: customerId },
  })
  await addToCartWorkflow(container).run({
    input: { cart_id: cart.id, items: lines.map((line) => ({ variant_id: line.variantId, quantity: line.quantity })) },
  })
  const standard = (await cartDeliveryChoices(container, cart.id)).find((choice) => choice.kind === "standard")!
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: standard.parcels.map((parcel) => ({ id: parcel.shipping_option_id })) },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id: providerId } })
  return cart.id
}

/**
 * The headers a guest's browser reads its order with: the store's publishable key and the order
 * access token the backend hands to whoever completed the cart, asked for as the checkout asks.
 */
export async function guestOrderHeaders(
  api: { get: (url: string, config?: unknown) => Promise<{ data: any }> },
  store: TestStore,
  cartId: string,
): Promise<Headers> {
  const { data } = await api.get(`/store/carts/${cartId}/order-access`, store.storeHeaders)
  return { headers: { ...store.storeHeaders.headers, [ORDER_ACCESS_HEADER]: data.order_access_token } }
}

type OrderLine = { id: string; variant_id: string; detail: { quantity: number } }

type ParcelOption = { id: string; service_zone: { fulfillment_set: { location: { id: string } } } }

/** The producer of `pack` packs its parcel: a fulfillment of the order's lines of that pack, from its location, by the option chosen for it. */
export async function packParcel(container: MedusaContainer, orderId: string, pack: TestPack) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["items.id", "items.variant_id", "items.detail.quantity", "shipping_methods.shipping_option_id"],
    filters: { id: orderId },
  })
  const order = data[0] as { items: OrderLine[]; shipping_methods: { shipping_option_id: string }[] }
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.location.id"],
    filters: { id: order.shipping_methods.map((method) => method.shipping_option_id) },
  })
  const option = (options as ParcelOption[]).find((candidate) => candidate.service_zone.fulfillment_set.location.id === pack.locationId)!
  const items = order.items.filter((line) => line.variant_id === pack.variantId).map((line) => ({ id: line.id, quantity: line.detail.quantity }))
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
    input: { order_id: orderId, location_id: pack.locationId, shipping_option_id: option.id, items },
  })
  return { fulfillmentId: fulfillment.id, items }
}

/** The parcel of `pack` packed and handed to the carrier. */
export async function shipParcel(container: MedusaContainer, orderId: string, pack: TestPack) {
  const parcel = await packParcel(container, orderId, pack)
  await createOrderShipmentWorkflow(container).run({ input: { order_id: orderId, fulfillment_id: parcel.fulfillmentId, items: parcel.items } })
  return parcel
}

/** A producer's registration as its owner fills it in; Thái Nguyên (19), Xã Côn Minh (02185). */
export const producerRegistration = (overrides: Record<string, unknown> = {}, owner: Record<string, unknown> = {}) => ({
  name: "HTX Tài Hoan",
  kind: "cooperative",
  business_registration_number: "4700123456",
  phone: "0912 345 678",
  address_as_issued: "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn",
  province_code: "19",
  commune_code: "02185",
  owner: { name: "Nguyễn Thị Lan", email: "lan@htx-tai-hoan.vn", password: "mien-dong-2025", ...owner },
  ...overrides,
})

type ApiClient = {
  get: (url: string, config?: unknown) => Promise<{ data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }>
}

export type Seller = { producerId: string; productId: string; variantId: string; member: Headers }

/** Each registration from its own address, as the sign-up throttle counts them per address. */
let sellerAddress = 20

/**
 * A producer registered through the producer API, approved by the operator, with one product on
 * sale (one pack, 50 at the producer's own location), submitted and published, and its owner signed in.
 */
export async function registeredSeller(
  api: ApiClient,
  store: TestStore,
  admin: Headers,
  input: { name: string; email: string; title: string; sku: string; gtin: string; price: number; productSet?: number },
): Promise<Seller> {
  const address = sellerAddress++
  await api.post(
    "/producer/registrations",
    {
      name: input.name,
      kind: "cooperative",
      business_registration_number: `47001234${address}`,
      phone: "0912 345 678",
      address_as_issued: "thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định",
      province_code: "37",
      commune_code: "14215",
      owner: { name: "Nguyễn Thị Lan", email: input.email, password: "ocop-producer-2025" },
    },
    { headers: { "x-forwarded-for": `198.51.100.${address}` } },
  )
  const producerId = (await api.get(`/admin/producers?q=${encodeURIComponent(input.name)}`, admin)).data.producers[0].id
  await api.post(`/admin/producers/${producerId}/approve`, {}, admin)
  const { data: signedIn } = await api.post("/auth/producer_member/emailpass", { email: input.email, password: "ocop-producer-2025" })
  const member = { headers: { authorization: `Bearer ${signedIn.token}` } }
  const { data } = await api.post(
    "/producer/products",
    {
      title: input.title,
      title_en: input.title,
      product_set_id: store.productSetId(input.productSet ?? 1),
      variants: [{ title: "Túi 5 kg", title_en: "5 kg bag", sku: input.sku, gtin: input.gtin, price: input.price, stock: 50, weight_grams: 5000 }],
    },
    member,
  )
  await api.post(`/producer/products/${data.product.id}/submit`, {}, member)
  await api.post(`/admin/products/${data.product.id}`, { status: "published" }, admin)
  return { producerId, productId: data.product.id, variantId: data.product.variants[0].id, member }
}
