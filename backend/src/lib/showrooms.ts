/** The showrooms as the programme office reads them (api/admin/showrooms/**): each with its channel, stock location, 2025 units and staff. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { findCommune, findProvince } from "@ocop/domain/admin-units"
import type { PosStaffRole } from "@ocop/domain/pos"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"

export type AdminShowroomStaff = { id: string; name: string; email: string; role: PosStaffRole; created_at: Date }

export type AdminShowroom = {
  id: string
  handle: string
  name: string
  address_as_issued: string
  province_code: string
  province_name: string | null
  commune_code: string | null
  commune_name: string | null
  phone: string | null
  sales_channel: { id: string; name: string } | null
  stock_location: { id: string; name: string } | null
  staff_count: number
}

type ShowroomRecord = Omit<AdminShowroom, "province_name" | "commune_name" | "staff_count">

const SHOWROOM_FIELDS = ["id", "handle", "name", "address_as_issued", "province_code", "commune_code", "phone", "sales_channel.id", "sales_channel.name", "stock_location.id", "stock_location.name"]

/** The staff of the showrooms, by name. */
export async function listShowroomStaff(container: MedusaContainer, showroomIds: string[]): Promise<(AdminShowroomStaff & { showroom_id: string })[]> {
  if (showroomIds.length === 0) return []
  const staff = await container
    .resolve<PosModuleService>(POS_MODULE)
    .listPosStaffs({ showroom_id: showroomIds }, { select: ["id", "name", "email", "role", "showroom_id", "created_at"], order: { name: "ASC" } })
  return staff as (AdminShowroomStaff & { showroom_id: string })[]
}

/** The showrooms (every one, or those of `ids`), by name. */
export async function listShowrooms(container: MedusaContainer, ids?: string[]): Promise<AdminShowroom[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "showroom",
    fields: SHOWROOM_FIELDS,
    filters: ids ? { id: ids } : {},
    pagination: { order: { name: "ASC" } },
  })
  const showrooms = data as ShowroomRecord[]
  const staff = await listShowroomStaff(container, showrooms.map((showroom) => showroom.id))
  return showrooms.map((showroom) => ({
    ...showroom,
    sales_channel: showroom.sales_channel ?? null,
    stock_location: showroom.stock_location ?? null,
    province_name: findProvince(showroom.province_code)?.name ?? null,
    commune_name: showroom.commune_code ? (findCommune(showroom.province_code, showroom.commune_code)?.name ?? null) : null,
    staff_count: staff.filter((member) => member.showroom_id === showroom.id).length,
  }))
}

/** One showroom, or the 404 an unknown id gets. */
export async function retrieveShowroom(container: MedusaContainer, id: string): Promise<AdminShowroom> {
  const [showroom] = await listShowrooms(container, [id])
  if (!showroom) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no showroom ${id}.`)
  return showroom
}
