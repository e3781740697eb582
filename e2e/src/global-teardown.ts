import { existsSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { STARTED_STACK_PID_FILE } from "./global-setup"
import { stopLocalStripe } from "./local-stripe"
import { indexScreenshots, SCREENSHOTS_DIR } from "./screenshots"

/** Stops the stack only if these journeys started it, then the local Stripe server the setup started. */
export default async function globalTeardown() {
  const count = indexScreenshots()
  console.log(`e2e: ${count} screenshots in ${path.relative(process.cwd(), SCREENSHOTS_DIR) || SCREENSHOTS_DIR}/ (index.html shows them all).`)
  try {
    await stopStartedStack()
  } finally {
    await stopLocalStripe()
  }
}

/** Its whole process group, like Ctrl-C. */
async function stopStartedStack() {
  if (!existsSync(STARTED_STACK_PID_FILE)) return
  const pid = Number(readFileSync(STARTED_STACK_PID_FILE, "utf8"))
  rmSync(STARTED_STACK_PID_FILE)
  try {
    process.kill(-pid, "SIGINT")
  } catch {
    return
  }
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0)
    } catch {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  process.kill(-pid, "SIGKILL")
}
