/**
 * A batch (lô) of one pack: its lot code as GS1 Application Identifier (10) carries it, its dates,
 * the GS1 Digital Link its label's QR code holds, and when its scans suggest a copied stamp.
 */
import { gtinCheckDigit, isGtin13 } from "./gtin"

/** GS1 AI (10) holds at most 20 characters. */
export const LOT_CODE_MAX_LENGTH = 20

/**
 * The characters a lot code may hold here: Latin letters, digits, "-", "." and "_". GS1's set 82
 * allows more (such as "/", "&", "%"), but those need escaping in a Digital Link's path and are
 * misread when a person types a code from the label, so the marketplace keeps to the safe part.
 */
const LOT_CODE_PATTERN = /^[A-Za-z0-9._-]+$/

/** A batch scanned more than this many times its quantity is flagged as a possible copied stamp. */
export const SCAN_FLAG_MULTIPLIER = 3

/** Why a lot code cannot be printed as GS1 AI (10), in a sentence that says what to fix, or null when it can. */
export function lotCodeProblem(lot: string): string | null {
  if (lot.length === 0) return "A lot code is needed: the code printed on the batch, e.g. L2025-11A."
  if (lot.length > LOT_CODE_MAX_LENGTH) {
    return `A lot code holds at most ${LOT_CODE_MAX_LENGTH} characters (GS1 AI 10); "${lot.slice(0, 24)}…" has ${lot.length}.`
  }
  if (!LOT_CODE_PATTERN.test(lot)) {
    return `A lot code may hold only letters without diacritics, digits, "-", "." and "_"; "${lot}" holds other characters.`
  }
  return null
}

export function isLotCode(lot: string): boolean {
  return lotCodeProblem(lot) === null
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

function isCalendarDay(value: string): boolean {
  if (!DAY.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** Why a batch's dates ("YYYY-MM-DD") do not hold together, or null: best-before comes after production. */
export function batchDatesProblem(producedOn: string, bestBefore: string): string | null {
  if (!isCalendarDay(producedOn)) return `The production date must be a calendar day as YYYY-MM-DD; "${producedOn}" is not one.`
  if (!isCalendarDay(bestBefore)) return `The best-before date must be a calendar day as YYYY-MM-DD; "${bestBefore}" is not one.`
  if (bestBefore <= producedOn) return `The best-before date (${bestBefore}) must come after the production date (${producedOn}).`
  return null
}

/** The GTIN-14 of a GTIN-13, as GS1 Digital Link writes AI (01): a leading zero; the check digit stays the same. */
export function gtin14Of(gtin13: string): string {
  if (!isGtin13(gtin13)) throw new Error(`"${gtin13}" is not a GTIN-13.`)
  return `0${gtin13}`
}

/** The GTIN-13 a GTIN-14 with a leading zero stands for, or null for any other string. */
export function gtin13OfGtin14(gtin14: string): string | null {
  if (!/^0\d{13}$/.test(gtin14)) return null
  const gtin13 = gtin14.slice(1)
  return gtinCheckDigit(gtin13.slice(0, 12)) === Number(gtin13[12]) ? gtin13 : null
}

/** The path of a batch's GS1 Digital Link: /01/<GTIN-14>/10/<lot>. */
export function digitalLinkPath(gtin13: string, lot: string): string {
  const problem = lotCodeProblem(lot)
  if (problem) throw new Error(problem)
  return `/01/${gtin14Of(gtin13)}/10/${encodeURIComponent(lot)}`
}

/** Whether a batch's scans are far more than its packs could explain: the sign of a copied stamp. */
export function isScanCountSuspicious(scanCount: number, quantity: number): boolean {
  return scanCount > SCAN_FLAG_MULTIPLIER * quantity
}
