import { z } from "@medusajs/framework/zod"
import { POS_STAFF_ROLES } from "@ocop/domain/pos"
import { communeCode, handle, memberEmail, nfc, password, phoneNumber, provinceCode } from "../../validators"

/** POST /admin/showrooms: the showroom as its sign and its commune's 2025 unit name it. */
export const AdminCreateShowroom = z.object({
  handle,
  name: nfc("name", "producerName", "Give the showroom's name, e.g. Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu."),
  address_as_issued: nfc(
    "address_as_issued",
    "addressAsIssued",
    "Give the showroom's address as it is written, e.g. thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định.",
  ),
  province_code: provinceCode,
  commune_code: communeCode,
  phone: phoneNumber,
})
export type AdminCreateShowroom = z.infer<typeof AdminCreateShowroom>

/** POST /admin/showrooms/:id/staff: who sells at the counter, with the password the programme office gives them. */
export const AdminAddShowroomStaff = z.object({
  email: memberEmail("email"),
  name: nfc("name", "personName", "Give the staff member's name, as the receipt and the shift report show it."),
  role: z.enum(POS_STAFF_ROLES, { message: "role is cashier or manager: a manager also approves discounts, takes returns and closes shifts." }),
  password: password("password"),
})
export type AdminAddShowroomStaff = z.infer<typeof AdminAddShowroomStaff>
