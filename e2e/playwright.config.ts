import { defineConfig } from "@playwright/test"
import { VIETNAM_TIME_ZONE } from "@ocop/domain/vietnam-date"

/** Debian's Chromium: Playwright's own browser download cannot reach its CDN from here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

export default defineConfig({
  testDir: "./journeys",
  globalSetup: "./src/global-setup.ts",
  globalTeardown: "./src/global-teardown.ts",
  // The first visit to a page of a development stack compiles it: allow for that, not for slowness.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    headless: true,
    locale: "vi-VN",
    timezoneId: VIETNAM_TIME_ZONE,
    viewport: { width: 412, height: 915 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
    trace: "retain-on-failure",
  },
})
