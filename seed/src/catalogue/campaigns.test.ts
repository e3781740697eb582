import assert from "node:assert/strict"
import { test } from "node:test"
import { assertCampaignTerms, isCampaignLive } from "@ocop/domain/campaigns"
import { SAMPLE_CAMPAIGNS } from "./campaigns"

const vietnam = (at: string) => new Date(`${at}+07:00`)

test("the three sample campaigns have terms the backend takes, and are live for years", () => {
  assert.equal(SAMPLE_CAMPAIGNS.length, 3)
  assert.equal(new Set(SAMPLE_CAMPAIGNS.map((campaign) => campaign.handle)).size, 3)
  for (const campaign of SAMPLE_CAMPAIGNS) {
    const window = { starts_at: vietnam(campaign.starts_at), ends_at: vietnam(campaign.ends_at) }
    assert.doesNotThrow(() => assertCampaignTerms({ ...campaign, ...window }), campaign.handle)
    assert.equal(isCampaignLive(window, new Date("2026-12-04T00:00:00Z")), true, campaign.handle)
    assert.equal(isCampaignLive(window, new Date("2029-06-01T00:00:00Z")), true, campaign.handle)
    assert.equal(campaign.name_vi, campaign.name_vi.normalize("NFC"))
  }
})
