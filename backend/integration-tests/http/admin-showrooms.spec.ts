/**
 * The programme office's showrooms and their staff (api/admin/showrooms/**) on a real Postgres: a
 * showroom made with its own sales channel and its stock location at its 2025 commune, linked; the
 * refusals of bad input with the sentence and code a person acts on, and nothing left behind by
 * one; staff added with a login of the password the office sets, which signs in at the counter of
 * that showroom only, and removed so that their session and login stop working.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { POS_MODULE } from "../../src/modules/pos"
import type PosModuleService from "../../src/modules/pos/service"
import { HAI_HAU_SHOWROOM, SHOWROOM_SALES_CHANNEL } from "../../src/lib/store-setup"
import { type Headers, setUpStore, signInOperator, type TestStore } from "../fixtures"
import { type Answer, answer, type Api } from "../helpers"

jest.setTimeout(10 * 60 * 1000)

/** Made in the suite's setup: Medusa's runner restores the database to what the setup left before every test. */
const VAN_DON = {
  handle: "showroom-van-don",
  name: "Cửa hàng giới thiệu sản phẩm OCOP Vân Đồn",
  address_as_issued: "khu 3, đặc khu Vân Đồn, tỉnh Quảng Ninh",
  province_code: "22",
  commune_code: "06994",
}

const HA_LONG = {
  handle: "showroom-ha-long",
  name: "Cửa hàng giới thiệu sản phẩm OCOP Hạ Long",
  address_as_issued: "số 1 đường Trần Hưng Đạo, phường Hạ Long, tỉnh Quảng Ninh",
  province_code: "22",
  commune_code: "06688",
  phone: "0203 3874 123",
}

const CASHIER = { email: "Thu.Ngan@Van-Don.example.vn", name: "Nguyễn Thị Lan", role: "cashier", password: "quay-van-don-2026" }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    let store: TestStore
    let admin: Headers
    let vanDonId: string
    let cashierAdded: Answer
    /** Without `headers`, as the signed-in operator; `null` for no session at all. */
    const as = (headers: Headers | null | undefined) => (headers === undefined ? admin : (headers ?? undefined))
    const get = (url: string, headers?: Headers | null) => answer(api.get(url, as(headers)))
    const post = (url: string, body: unknown, headers?: Headers | null) => answer(api.post(url, body, as(headers)))
    const remove = (url: string, headers?: Headers | null) => answer(api.delete(url, as(headers)))

    /** What a showroom is made of, counted before and after a refused request. */
    async function counts() {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
      return { showrooms: await count("showroom"), channels: await count("sales_channel"), locations: await count("stock_location") }
    }

    const signIn = (email: string, password: string) => answer(api.post("/auth/pos_staff/emailpass", { email, password }))
    const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })

    beforeAll(async () => {
      store = await setUpStore(getContainer())
      admin = await signInOperator(getContainer(), api)
      const made = await post("/admin/showrooms", VAN_DON)
      if (made.status !== 201) throw new Error(`The Vân Đồn showroom was not made: ${JSON.stringify(made.data)}`)
      vanDonId = made.data.showroom.id
      cashierAdded = await post(`/admin/showrooms/${vanDonId}/staff`, CASHIER)
    })

    describe("showrooms", () => {
      it("lists the Hải Hậu showroom the store setup made, with its channel, location and 2025 units, beside one the office made", async () => {
        const { status, data } = await get("/admin/showrooms")
        expect(status).toBe(200)
        expect(data.showrooms).toHaveLength(2)
        expect(data.showrooms).toEqual(expect.arrayContaining([
          expect.objectContaining({ id: vanDonId, handle: VAN_DON.handle, staff_count: 1 }),
          expect.objectContaining({
            id: store.showroomId,
            handle: HAI_HAU_SHOWROOM.handle,
            name: HAI_HAU_SHOWROOM.name,
            province_name: "Tỉnh Ninh Bình",
            commune_name: "Xã Hải Hậu",
            sales_channel: { id: store.showroomChannelId, name: SHOWROOM_SALES_CHANNEL },
            stock_location: { id: store.showroomLocationId, name: HAI_HAU_SHOWROOM.stockLocation },
            staff_count: 0,
          }),
        ]))
      })

      it("makes a showroom with its own sales channel and its stock location at its address, linked to each other", async () => {
        const { status, data } = await post("/admin/showrooms", { ...HA_LONG, name: HA_LONG.name.normalize("NFD") })
        expect(status).toBe(201)
        const showroom = data.showroom
        expect(showroom).toMatchObject({
          handle: HA_LONG.handle,
          name: HA_LONG.name,
          province_name: "Tỉnh Quảng Ninh",
          commune_name: "Phường Hạ Long",
          phone: "02033874123",
          sales_channel: { name: HA_LONG.name },
          stock_location: { name: `Kho ${HA_LONG.name}` },
          staff_count: 0,
        })
        expect(showroom.name).toBe(showroom.name.normalize("NFC"))
        expect(showroom.sales_channel.id).not.toBe(store.showroomChannelId)

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [location],
        } = await query.graph({ entity: "stock_location", fields: ["address.*", "sales_channels.id"], filters: { id: showroom.stock_location.id } })
        expect(location?.address).toMatchObject({ address_1: HA_LONG.address_as_issued, city: "Phường Hạ Long", province: "Tỉnh Quảng Ninh", country_code: "vn" })
        expect((location?.sales_channels ?? []).map((channel: { id?: string } | null) => channel?.id)).toEqual([showroom.sales_channel.id])

        expect((await get(`/admin/showrooms/${showroom.id}`)).data.showroom).toEqual(showroom)
        expect((await get("/admin/showrooms")).data.showrooms.map((listed: { handle: string }) => listed.handle).sort()).toEqual(
          [HAI_HAU_SHOWROOM.handle, HA_LONG.handle, VAN_DON.handle].sort(),
        )
      })

      it.each([
        ["no name", { name: undefined }, 400, /name: Give the showroom's name/, undefined],
        ["a handle with capitals", { handle: "Showroom Ha Long" }, 400, /A handle is lower-case letters, digits and dashes/, undefined],
        ["no commune", { commune_code: undefined }, 400, /Give commune_code/, undefined],
        ["a province that is not one of the 34", { province_code: "99" }, 400, /Province code "99" is not one of Vietnam's 34 provinces/, "unknown_province"],
        ["a commune of another province", { commune_code: "14215" }, 400, /Commune code "14215" is not a commune or ward of Tỉnh Quảng Ninh\./, "commune_not_in_province"],
        ["a phone that is not Vietnamese", { phone: "12345" }, 400, /not a Vietnamese mobile or landline number/, undefined],
        ["a field it does not take", { manager: "Lan" }, 400, /manager: not a field of this request/, undefined],
        ["the handle of another showroom", { handle: HAI_HAU_SHOWROOM.handle }, 409, /is the showroom "Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu"'s already: choose another\./, "showroom_handle_taken"],
      ])("refuses %s, and makes nothing", async (_case, change, status, message, code) => {
        const before = await counts()
        const { status: answered, data } = await post("/admin/showrooms", { ...HA_LONG, ...change })
        expect(answered).toBe(status)
        expect(data.message).toMatch(message)
        if (code) expect(data.code).toBe(code)
        expect(await counts()).toEqual(before)
      })

      it("answers 404 for a showroom that is not there, and 401 without an operator's session", async () => {
        expect(await get("/admin/showrooms/shr_01JZ8X4N6Q2W3E4R5T6Y7V8H9K")).toMatchObject({ status: 404, data: { message: "There is no showroom shr_01JZ8X4N6Q2W3E4R5T6Y7V8H9K." } })
        expect((await get("/admin/showrooms/not-an-id!")).status).toBe(400)
        expect((await get("/admin/showrooms", null)).status).toBe(401)
        expect((await post("/admin/showrooms", HA_LONG, null)).status).toBe(401)
        expect((await post(`/admin/showrooms/${vanDonId}/staff`, { ...CASHIER, email: "ai-do@van-don.example.vn" }, null)).status).toBe(401)
      })

      it("gives the Admin's address picker the 2025 provinces and a province's communes", async () => {
        const { data: units } = await get("/admin/admin-units")
        expect(units.provinces).toHaveLength(34)
        expect(units.provinces).toContainEqual({ code: "22", name: "Tỉnh Quảng Ninh" })
        const { data: quangNinh } = await get("/admin/admin-units/22")
        expect(quangNinh.communes).toContainEqual({ code: "06994", name: "Đặc khu Vân Đồn" })
        expect(await get("/admin/admin-units/99")).toMatchObject({ status: 404, data: { message: expect.stringMatching(/not one of Vietnam's 34 provinces/) } })
      })
    })

    describe("staff", () => {
      const cashier = CASHIER

      it("adds a cashier whose login, with the password the office set, opens that showroom's counter only", async () => {
        const { status, data } = cashierAdded
        expect(status).toBe(201)
        expect(data.staff).toMatchObject({ email: "thu.ngan@van-don.example.vn", name: "Nguyễn Thị Lan", role: "cashier" })

        const signedIn = await signIn("thu.ngan@van-don.example.vn", cashier.password)
        expect(signedIn.status).toBe(200)
        const me = await get("/pos/me", bearer(signedIn.data.token))
        expect(me.status).toBe(200)
        expect(me.data).toMatchObject({ staff: { email: "thu.ngan@van-don.example.vn", role: "cashier" }, showroom: { id: vanDonId } })

        const { data: listed } = await get(`/admin/showrooms/${vanDonId}/staff`)
        expect(listed.staff).toEqual([expect.objectContaining({ id: data.staff.id, name: "Nguyễn Thị Lan", role: "cashier" })])
        expect((await get(`/admin/showrooms/${vanDonId}`)).data.showroom.staff_count).toBe(1)
        expect((await get(`/admin/showrooms/${store.showroomId}/staff`)).data.staff).toEqual([])
      })

      it.each([
        ["an email that signs in already", { email: "thu.ngan@van-don.example.vn" }, 409, /signs in to the shop already.*give the staff member an email of their own/, "pos_staff_email_taken"],
        ["a role that is not cashier or manager", { role: "owner" }, 400, /role is cashier or manager/, undefined],
        ["a password too short", { password: "ngan" }, 400, /A password has at least 8 characters/, undefined],
        ["an email that is not one", { email: "thu-ngan" }, 400, /email is not an email address/, undefined],
        ["no name", { name: " " }, 400, /Give the staff member's name/, undefined],
      ])("refuses %s, and makes no login", async (_case, change, status, message, code) => {
        const email = (change as { email?: string }).email ?? "quan-ly@van-don.example.vn"
        const before = await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" })
        const { status: answered, data } = await post(`/admin/showrooms/${vanDonId}/staff`, { ...cashier, email: "quan-ly@van-don.example.vn", ...change })
        expect(answered).toBe(status)
        expect(data.message).toMatch(message)
        if (code) expect(data.code).toBe(code)
        const after = await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" })
        expect(after).toHaveLength(before.length)
      })

      it("takes the new login away again when the staff member cannot be made", async () => {
        // A staff record of this email with no login (as a login deleted by hand leaves it) makes the second step fail.
        await getContainer().resolve<PosModuleService>(POS_MODULE).createPosStaffs({ email: "mo-coi@van-don.example.vn", name: "Mồ côi", role: "cashier", showroom_id: vanDonId })
        const { status } = await post(`/admin/showrooms/${vanDonId}/staff`, { ...CASHIER, email: "mo-coi@van-don.example.vn" })
        expect(status).toBeGreaterThanOrEqual(400)
        expect(status).toBeLessThan(500)
        expect(await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "mo-coi@van-don.example.vn", provider: "emailpass" })).toEqual([])
      })

      it("answers 404 for staff of a showroom that is not there, and makes no login", async () => {
        const unknown = "shr_01JZ8X4N6Q2W3E4R5T6Y7V8H9K"
        expect(await post(`/admin/showrooms/${unknown}/staff`, { ...cashier, email: "ai-do@van-don.example.vn" })).toMatchObject({
          status: 404,
          data: { message: `There is no showroom ${unknown}.` },
        })
        expect(await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "ai-do@van-don.example.vn", provider: "emailpass" })).toEqual([])
        expect((await get(`/admin/showrooms/${unknown}/staff`)).status).toBe(404)
      })

      it("removes a staff member: their session and login stop working, and the email can be given again", async () => {
        const manager = { email: "quan-ly@van-don.example.vn", name: "Trần Văn Hùng", role: "manager", password: "quan-ly-van-don-2026" }
        const { data } = await post(`/admin/showrooms/${vanDonId}/staff`, manager)
        const { data: session } = await signIn(manager.email, manager.password)
        expect((await get("/pos/me", bearer(session.token))).status).toBe(200)

        // Another showroom's path names no such staff member.
        expect(await remove(`/admin/showrooms/${store.showroomId}/staff/${data.staff.id}`)).toMatchObject({
          status: 404,
          data: { message: `This showroom has no staff member ${data.staff.id}.` },
        })
        expect(await remove(`/admin/showrooms/${vanDonId}/staff/${data.staff.id}`)).toMatchObject({
          status: 200,
          data: { id: data.staff.id, object: "pos_staff", deleted: true },
        })
        expect((await get("/pos/me", bearer(session.token))).status).toBe(401)
        expect((await signIn(manager.email, manager.password)).status).toBe(401)
        expect((await get(`/admin/showrooms/${vanDonId}/staff`)).data.staff.map((member: { email: string }) => member.email)).toEqual(["thu.ngan@van-don.example.vn"])

        const again = await post(`/admin/showrooms/${vanDonId}/staff`, { ...manager, password: "quan-ly-moi-2026" })
        expect(again.status).toBe(201)
        expect((await signIn(manager.email, "quan-ly-moi-2026")).status).toBe(200)
      })
    })
  },
})
