import { existsSync, readFileSync, rmSync } from "node:fs"
import { STARTED_STACK_PID_FILE } from "./global-setup"

/** Stops the stack only if these journeys started it (its whole process group, like Ctrl-C). */
export default async function globalTeardown() {
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
