/**
 * The shared rules of @ocop/domain throw DomainRuleError, which knows nothing of Medusa; here it
 * becomes a MedusaError of the same code, so the API answers 400 with that code and the sentence.
 */
import { MedusaError } from "@medusajs/framework/utils"
import { DomainRuleError } from "@ocop/domain/errors"

export function enforce<T>(rule: () => T): T {
  try {
    return rule()
  } catch (error) {
    if (error instanceof DomainRuleError) throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message, error.code)
    throw error
  }
}
