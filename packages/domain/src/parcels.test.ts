import assert from "node:assert/strict"
import { test } from "node:test"
import { parcelState, parcelTracking } from "./parcels"

test("a parcel is packed, then shipped, then delivered, and a cancelled one stays cancelled", () => {
  assert.equal(parcelState({ packed_at: "2026-05-01T08:00:00Z" }), "packed")
  assert.equal(parcelState({ packed_at: "2026-05-01T08:00:00Z", shipped_at: "2026-05-01T10:00:00Z" }), "shipped")
  assert.equal(parcelState({ shipped_at: "2026-05-01T10:00:00Z", delivered_at: new Date("2026-05-03T09:00:00Z") }), "delivered")
  assert.equal(parcelState({ shipped_at: "2026-05-01T10:00:00Z", canceled_at: "2026-05-02T00:00:00Z" }), "canceled")
})

test("the carrier comes from the metadata and the tracking number from the first label that has one", () => {
  assert.deepEqual(parcelTracking({ metadata: { carrier: "Viettel Post" }, labels: [{ tracking_number: "" }, { tracking_number: "VTP123" }] }), {
    carrier: "Viettel Post",
    tracking_number: "VTP123",
  })
  assert.deepEqual(parcelTracking({ metadata: null, labels: null }), { carrier: null, tracking_number: null })
})
