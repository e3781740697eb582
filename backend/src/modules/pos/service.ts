import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { VIETNAM_TIME_ZONE } from "@ocop/domain/vietnam-date"
import PosApproval from "./models/pos-approval"
import PosCashMovement from "./models/pos-cash-movement"
import PosReturn from "./models/pos-return"
import PosSale from "./models/pos-sale"
import PosSaleLine from "./models/pos-sale-line"
import PosSalePayment from "./models/pos-sale-payment"
import PosShift from "./models/pos-shift"
import PosStaff from "./models/pos-staff"

/** A showroom's counter over one Vietnam day: its shifts, its sales and what came in by each way, what went back, whole đồng. */
export type ShowroomDayRow = {
  showroom_id: string
  day: string
  shifts: number
  open_shifts: number
  sales_count: number
  cash: number
  vietqr: number
  vietqr_pending: number
  returns: number
  net: number
}

/** The counter's records; what staff may do with them is the workflows' (@ocop/domain/pos). */
class PosModuleService extends MedusaService({ PosStaff, PosShift, PosCashMovement, PosSale, PosSaleLine, PosSalePayment, PosReturn, PosApproval }) {
  /**
   * Each showroom's days in [start, end), summed in the database: shifts opened that day (and how
   * many are still open), sales made that day with their cash and their VietQR transfers received
   * (a transfer still awaited apart), and returns paid back that day, whole refunds included; net
   * is what came in less what went back.
   */
  @InjectManager()
  async showroomDays(period: { start: Date; end: Date }, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<ShowroomDayRow[]> {
    const manager = sharedContext.manager as EntityManager
    const day = (column: string) => `to_char(${column} at time zone '${VIETNAM_TIME_ZONE}', 'YYYY-MM-DD')`
    const paid = (condition: string) =>
      `coalesce((select sum(p.amount) from pos_sale_payment p where p.sale_id = s.id and p.deleted_at is null and ${condition}), 0)`
    const rows: Record<string, unknown>[] = await manager.execute(
      `select showroom_id, day,
              sum(shifts) as shifts, sum(open_shifts) as open_shifts, sum(sales_count) as sales_count,
              sum(cash) as cash, sum(vietqr) as vietqr, sum(vietqr_pending) as vietqr_pending, sum(returns) as returns
         from (
           select h.showroom_id, ${day("h.opened_at")} as day, 1 as shifts, (h.status = 'open')::int as open_shifts,
                  0 as sales_count, 0 as cash, 0 as vietqr, 0 as vietqr_pending, 0 as returns
             from pos_shift h
            where h.deleted_at is null and h.opened_at >= ? and h.opened_at < ?
           union all
           select s.showroom_id, ${day("s.created_at")}, 0, 0, 1,
                  ${paid("p.method = 'cash'")}, ${paid("p.method = 'vietqr' and p.status = 'captured'")},
                  ${paid("p.method = 'vietqr' and p.status = 'pending'")}, 0
             from pos_sale s
            where s.deleted_at is null and s.created_at >= ? and s.created_at < ?
           union all
           select s.showroom_id, ${day("r.created_at")}, 0, 0, 0, 0, 0, 0, r.amount
             from pos_return r join pos_sale s on s.id = r.sale_id
            where r.deleted_at is null and r.created_at >= ? and r.created_at < ?
         ) as counter
        group by showroom_id, day
        order by day desc, showroom_id`,
      [period.start, period.end, period.start, period.end, period.start, period.end],
    )
    return rows.map((row) => {
      const figures = {
        shifts: Number(row.shifts),
        open_shifts: Number(row.open_shifts),
        sales_count: Number(row.sales_count),
        cash: Number(row.cash),
        vietqr: Number(row.vietqr),
        vietqr_pending: Number(row.vietqr_pending),
        returns: Number(row.returns),
      }
      return { showroom_id: String(row.showroom_id), day: String(row.day), ...figures, net: figures.cash + figures.vietqr - figures.returns }
    })
  }
}

export default PosModuleService
