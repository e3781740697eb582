/**
 * Uses the stack that is already running, or starts one exactly as a newcomer would (`npm start`)
 * and leaves its pid for the teardown. A fresh clone therefore tests the one-command stack itself.
 * Either way it starts a local Stripe-compatible server for the card journey (local-stripe.ts); a
 * stack it starts is given the keys and URL that aim its cards there. A running stack is used as
 * it is: the card journey skips, saying why, when that stack's cards are not aimed at this server.
 */
import { spawn } from "node:child_process"
import { closeSync, mkdirSync, openSync, writeFileSync } from "node:fs"
import path from "node:path"
import { cardPaymentEnv, startLocalStripe } from "./local-stripe"
import { clearScreenshots } from "./screenshots"
import { REPO_ROOT, stackAnswers } from "./stack"

export const STARTED_STACK_PID_FILE = path.join(REPO_ROOT, ".data", "e2e-started-stack.pid")
const STACK_LOG = path.join(REPO_ROOT, ".data", "e2e-stack.log")
const START_TIMEOUT_MS = 20 * 60_000

export default async function globalSetup() {
  clearScreenshots()
  const running = await stackAnswers()
  const stripeUrl = await startLocalStripe({ orAnyPort: !running })
  if (running) return
  const started = Date.now()
  mkdirSync(path.dirname(STACK_LOG), { recursive: true })
  const log = openSync(STACK_LOG, "w")
  // scripts/stack.ts passes its environment on to the backend and the storefront.
  const env = { ...process.env, ...(stripeUrl ? cardPaymentEnv(stripeUrl) : {}) }
  const stack = spawn("npm", ["start"], { cwd: REPO_ROOT, detached: true, stdio: ["ignore", log, log], env })
  closeSync(log)
  writeFileSync(STARTED_STACK_PID_FILE, String(stack.pid))
  let exited: number | null = null
  stack.on("exit", (code) => (exited = code ?? 1))
  while (!(await stackAnswers())) {
    if (exited !== null) throw new Error(`npm start exited with ${exited} before the stack was ready; see ${STACK_LOG}.`)
    if (Date.now() - started > START_TIMEOUT_MS) throw new Error(`The stack was not ready within 20 minutes; see ${STACK_LOG}.`)
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  console.log(`e2e: the stack started by npm start answered after ${((Date.now() - started) / 1000).toFixed(1)} s.`)
}
