import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import Producer from "./models/producer"
import { assertProducerAddress } from "./address"

type ProducerWrite = { id?: string; province_code?: string; commune_code?: string | null; [key: string]: unknown }

/**
 * The producers (chủ thể OCOP). Every write passes the 2025 unit check, so a producer can never
 * point at a province that does not exist or a commune outside its province.
 */
class ProducerModuleService extends MedusaService({ Producer }) {
  // @ts-expect-error overrides the generated method (same call shape) to check addresses first
  async createProducers(data: ProducerWrite | ProducerWrite[], sharedContext?: any) {
    for (const producer of Array.isArray(data) ? data : [data]) {
      if (!producer.province_code) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "A producer needs its 2025 province code (province_code).")
      }
      assertProducerAddress(producer)
    }
    // @ts-expect-error
    return super.createProducers(data, sharedContext)
  }

  // @ts-expect-error see createProducers
  async updateProducers(data: ProducerWrite | ProducerWrite[], sharedContext?: any) {
    const updates = (Array.isArray(data) ? data : [data]).filter((p) => p.commune_code || p.province_code)
    const missingProvince = updates.filter((p) => !p.province_code && p.id).map((p) => p.id!)
    const existing = missingProvince.length
      ? await this.listProducers({ id: missingProvince }, { select: ["id", "province_code", "commune_code"] }, sharedContext)
      : []
    for (const update of updates) {
      const current = existing.find((p) => p.id === update.id)
      assertProducerAddress({
        province_code: update.province_code ?? current?.province_code,
        commune_code: update.commune_code !== undefined ? update.commune_code : current?.commune_code,
      })
    }
    // @ts-expect-error
    return super.updateProducers(data, sharedContext)
  }
}

export default ProducerModuleService
