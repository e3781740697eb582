import assert from "node:assert/strict"
import { test } from "node:test"
import { demoAccountsWanted } from "./demo-accounts"

test("the demo logins are made in development, and not in production unless asked for, with a warning", () => {
  assert.deepEqual(demoAccountsWanted({}), { create: true })
  assert.deepEqual(demoAccountsWanted({ NODE_ENV: "development" }), { create: true })
  assert.deepEqual(demoAccountsWanted({ NODE_ENV: "development", OCOP_DEMO_ACCOUNTS: "false" }), { create: false })
  assert.deepEqual(demoAccountsWanted({ NODE_ENV: "production" }), { create: false })
  const asked = demoAccountsWanted({ NODE_ENV: "production", OCOP_DEMO_ACCOUNTS: "true" })
  assert.equal(asked.create, true)
  assert.match(asked.warning ?? "", /passwords are published/)
})
