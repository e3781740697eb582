/** Finds the running local stack through .data/stack.json, the file `npm start` writes when ready. */
import { readFileSync } from "node:fs"
import path from "node:path"
import type { StackInfo } from "../../scripts/stack"

export const REPO_ROOT = path.resolve(__dirname, "..", "..")
export const STACK_FILE = path.join(REPO_ROOT, ".data", "stack.json")

export function readStack(): StackInfo {
  return JSON.parse(readFileSync(STACK_FILE, "utf8")) as StackInfo
}

export async function stackAnswers(): Promise<boolean> {
  try {
    const stack = readStack()
    const [backend, storefront] = await Promise.all([
      fetch(`${stack.backendUrl}/health`, { signal: AbortSignal.timeout(3000) }),
      fetch(stack.storefrontUrl, { signal: AbortSignal.timeout(30_000) }),
    ])
    return backend.ok && storefront.ok
  } catch {
    return false
  }
}
