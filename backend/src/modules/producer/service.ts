import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { assertAdminUnits } from "../../lib/admin-units"
import Producer from "./models/producer"
import ProducerInvite from "./models/producer-invite"

export type ProducerWrite = { id?: string; province_code?: string; commune_code?: string | null; [key: string]: unknown }

/**
 * The producers (chủ thể OCOP) and their owners' invitations to members. Every write of a producer
 * passes the 2025 unit check, so a producer can never point at a province that does not exist or a
 * commune outside its province; an update reads the stored province in the same transaction as it
 * writes.
 */
class ProducerModuleService extends MedusaService({ Producer, ProducerInvite }) {
  @InjectTransactionManager()
  // @ts-expect-error overrides the generated method (same call shape) to check addresses first
  async createProducers(data: ProducerWrite | ProducerWrite[], @MedusaContext() sharedContext: Context = {}) {
    for (const producer of Array.isArray(data) ? data : [data]) {
      if (!producer.province_code) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "A producer needs its 2025 province code (province_code).")
      }
      assertAdminUnits(producer)
    }
    // @ts-expect-error see above
    return super.createProducers(data, sharedContext)
  }

  @InjectTransactionManager()
  // @ts-expect-error see createProducers
  async updateProducers(data: ProducerWrite | ProducerWrite[], @MedusaContext() sharedContext: Context = {}) {
    const updates = (Array.isArray(data) ? data : [data]).filter((p) => p.commune_code || p.province_code)
    const missingProvince = updates.filter((p) => !p.province_code && p.id).map((p) => p.id!)
    const existing = missingProvince.length
      ? await this.listProducers({ id: missingProvince }, { select: ["id", "province_code", "commune_code"] }, sharedContext)
      : []
    for (const update of updates) {
      const current = existing.find((p) => p.id === update.id)
      assertAdminUnits({
        province_code: update.province_code ?? current?.province_code,
        commune_code: update.commune_code !== undefined ? update.commune_code : current?.commune_code,
      })
    }
    // @ts-expect-error see createProducers
    return super.updateProducers(data, sharedContext)
  }
}

export default ProducerModuleService
