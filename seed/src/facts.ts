/** Typed access to the facts in data/ocop-facts.json (copied from the programme's source articles). */
import { readFileSync } from "node:fs"
import path from "node:path"

export type FactsProducer = {
  key: string
  name_vi: string
  kind: "cooperative" | "household" | "enterprise"
  old_address: string
  new_province_code: string
  new_commune_code?: string
  fact?: string
}
export type FactsStarHistoryEntry = { stars: number; year?: number; date?: string; by?: string; kind?: string }
export type FactsProduct = {
  name_vi: string
  producer: string | null
  set: number
  stars: 3 | 4 | 5 | null
  star_history?: FactsStarHistoryEntry[]
  fact?: string
  source: string
}
export type FactsShowroom = {
  name_vi: string
  old_address: string
  new_unit: { province_code: string; province: string; commune_code: string; commune: string }
}
export type OcopFacts = { producers: FactsProducer[]; products: FactsProduct[]; showrooms: FactsShowroom[] }

export const DATA_DIR = path.join(__dirname, "..", "..", "data")

let facts: OcopFacts | undefined

export function readFacts(): OcopFacts {
  facts ??= JSON.parse(readFileSync(path.join(DATA_DIR, "ocop-facts.json"), "utf8")) as OcopFacts
  return facts
}
