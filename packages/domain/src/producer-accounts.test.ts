import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { DomainRuleError } from "./errors"
import {
  assertMayEditListings,
  assertMayManageMembers,
  assertMayPublish,
  assertMayRemoveVariant,
  assertMayRemoveMember,
  decideProducerStatus,
  decisionLeadingTo,
  inviteExpiresAt,
  mayEditListings,
  mayPublish,
} from "./producer-accounts"

const refusedWith = (code: string, message?: RegExp) => (error: unknown) =>
  error instanceof DomainRuleError && error.code === code && (!message || message.test(error.message))

describe("the programme office's decisions", () => {
  it("approves a registration, rejects it with its reason, suspends an approved producer and approves it again", () => {
    assert.deepEqual(decideProducerStatus("pending", "approve"), { status: "approved", status_reason: null })
    assert.deepEqual(decideProducerStatus("pending", "reject", "  Thiếu giấy đăng ký kinh doanh. "), {
      status: "rejected",
      status_reason: "Thiếu giấy đăng ký kinh doanh.",
    })
    assert.deepEqual(decideProducerStatus("approved", "suspend", "Giấy chứng nhận hết hạn"), { status: "suspended", status_reason: "Giấy chứng nhận hết hạn" })
    assert.deepEqual(decideProducerStatus("approved", "suspend"), { status: "suspended", status_reason: null })
    // Approval clears the reason of the suspension or rejection before it.
    assert.deepEqual(decideProducerStatus("suspended", "approve", "ignored"), { status: "approved", status_reason: null })
    assert.deepEqual(decideProducerStatus("rejected", "approve"), { status: "approved", status_reason: null })
  })

  it("refuses a rejection without a reason, and a decision the producer's status does not allow", () => {
    assert.throws(() => decideProducerStatus("pending", "reject", "   "), refusedWith("decision_reason_required", /Say why/))
    assert.throws(() => decideProducerStatus("approved", "approve"), refusedWith("producer_decision_not_allowed", /^This producer is approved\. It is already approved\.$/))
    assert.throws(() => decideProducerStatus("approved", "reject", "late"), refusedWith("producer_decision_not_allowed", /suspend an approved producer instead/))
    assert.throws(() => decideProducerStatus("pending", "suspend"), refusedWith("producer_decision_not_allowed", /approved or rejected/))
    assert.throws(() => decideProducerStatus("rejected", "suspend"), refusedWith("producer_decision_not_allowed"))
  })

  it("finds the decision a status is reached by, and none for pending", () => {
    assert.equal(decisionLeadingTo("approved"), "approve")
    assert.equal(decisionLeadingTo("rejected"), "reject")
    assert.equal(decisionLeadingTo("suspended"), "suspend")
    assert.equal(decisionLeadingTo("pending"), undefined)
  })
})

describe("what a producer may do", () => {
  it("publishes only while approved, and says why not otherwise", () => {
    assert.equal(mayPublish("approved"), true)
    assert.doesNotThrow(() => assertMayPublish("approved"))
    for (const status of ["pending", "rejected", "suspended"] as const) {
      assert.equal(mayPublish(status), false)
      assert.throws(() => assertMayPublish(status), refusedWith("producer_not_approved"))
    }
    assert.throws(() => assertMayPublish("pending"), refusedWith("producer_not_approved", /waiting for the programme office's approval/))
    assert.throws(() => assertMayPublish("suspended"), refusedWith("producer_not_approved", /suspended/))
  })

  it("changes its listings while pending or approved, and only reads them when rejected or suspended", () => {
    for (const status of ["pending", "approved"] as const) {
      assert.equal(mayEditListings(status), true)
      assert.doesNotThrow(() => assertMayEditListings(status))
    }
    for (const status of ["rejected", "suspended"] as const) {
      assert.equal(mayEditListings(status), false)
      assert.throws(() => assertMayEditListings(status), refusedWith("producer_read_only", /cannot be changed|not change them/))
    }
  })

  it("keeps a product's last pack size", () => {
    assert.doesNotThrow(() => assertMayRemoveVariant(2))
    assert.throws(() => assertMayRemoveVariant(1), refusedWith("last_variant", /only pack size/))
  })

  it("lets owners, not staff, manage members, and keeps the last owner", () => {
    assert.doesNotThrow(() => assertMayManageMembers("owner"))
    assert.throws(() => assertMayManageMembers("staff"), refusedWith("not_an_owner"))

    const members = [
      { member_id: "pmem_lan", role: "owner" as const },
      { member_id: "pmem_hoa", role: "staff" as const },
    ]
    assert.doesNotThrow(() => assertMayRemoveMember(members, "pmem_hoa"))
    assert.throws(() => assertMayRemoveMember(members, "pmem_lan"), refusedWith("last_owner", /invite another owner first/))
    assert.doesNotThrow(() => assertMayRemoveMember([...members, { member_id: "pmem_minh", role: "owner" }], "pmem_lan"))
  })

  it("keeps an invitation open for seven days", () => {
    assert.equal(inviteExpiresAt(new Date("2026-03-01T08:00:00Z")).toISOString(), "2026-03-08T08:00:00.000Z")
  })
})
