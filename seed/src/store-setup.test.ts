import assert from "node:assert/strict"
import { test } from "node:test"
import { HAI_HAU_SHOWROOM } from "@ocop/backend/store-setup"
import { readFacts } from "./facts"

test("the showroom the backend's store setup creates is the Hải Hậu showroom of the facts", () => {
  const [facts] = readFacts().showrooms
  assert.deepEqual(
    [HAI_HAU_SHOWROOM.name, HAI_HAU_SHOWROOM.addressAsIssued, HAI_HAU_SHOWROOM.provinceCode, HAI_HAU_SHOWROOM.communeCode],
    [facts!.name_vi, facts!.old_address, facts!.new_unit.province_code, facts!.new_unit.commune_code]
  )
})
