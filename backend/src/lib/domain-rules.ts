/**
 * The shared rules of @ocop/domain throw DomainRuleError, which knows nothing of Medusa; here it
 * becomes a MedusaError of the same code, so the API answers with that code and the sentence: 400,
 * or 403 for a rule about who may act (`MedusaError.Types.FORBIDDEN`); `type` may choose by the
 * rule's code (409 for a state that forbids the change, say).
 */
import { MedusaError } from "@medusajs/framework/utils"
import { DomainRuleError } from "@ocop/domain/errors"

export function enforce<T>(rule: () => T, type: string | ((code: string) => string) = MedusaError.Types.INVALID_DATA): T {
  try {
    return rule()
  } catch (error) {
    if (error instanceof DomainRuleError) throw new MedusaError(typeof type === "function" ? type(error.code) : type, error.message, error.code)
    throw error
  }
}
