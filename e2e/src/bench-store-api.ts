/**
 * `npm run bench -- store-api`: GET /store/products?limit=12 (the first page of a product list)
 * at 20 connections on the running stack, p50/p99 and requests/s. With BENCH_REFERENCE_STACK set to
 * another stack's stack.json (an older checkout, say), both are measured in alternation A B A B A B
 * and the medians printed side by side with their ratio, so a machine's noise hits both alike.
 */
import { readFileSync } from "node:fs"
import autocannon from "autocannon"
import type { StackInfo } from "../../scripts/stack"
import { STACK_FILE } from "./stack"

const CONNECTIONS = 20
const WARM_UP_SECONDS = 5
const LOAD_SECONDS = 15
const ROUNDS = 3
const PATH = "/store/products?limit=12"

type Figures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; failures: number }

function stackOf(file: string): StackInfo {
  return JSON.parse(readFileSync(file, "utf8")) as StackInfo
}

async function measure(stack: StackInfo): Promise<Figures> {
  const options = { url: `${stack.backendUrl}${PATH}`, headers: { "x-publishable-api-key": stack.publishableKey }, connections: CONNECTIONS }
  await autocannon({ ...options, duration: WARM_UP_SECONDS })
  const result = await autocannon({ ...options, duration: LOAD_SECONDS })
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

function summary(runs: Figures[]): Figures {
  return {
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    failures: runs.reduce((sum, r) => sum + r.failures, 0),
  }
}

const line = (name: string, f: Figures) =>
  `  ${name.padEnd(10)} ${f.requestsPerSecond.toFixed(0).padStart(5)} req/s   p50 ${String(f.p50Ms).padStart(4)} ms   p99 ${String(f.p99Ms).padStart(5)} ms   failures ${f.failures}`

export async function benchStoreApi() {
  let ours: StackInfo
  try {
    ours = stackOf(STACK_FILE)
  } catch {
    console.log(`store-api: skipped — no running stack (${STACK_FILE}); start one with npm start.`)
    return
  }
  const referenceFile = process.env.BENCH_REFERENCE_STACK
  const reference = referenceFile ? stackOf(referenceFile) : undefined
  const runs: { ours: Figures[]; reference: Figures[] } = { ours: [], reference: [] }
  for (let round = 0; round < ROUNDS; round++) {
    runs.ours.push(await measure(ours))
    if (reference) runs.reference.push(await measure(reference))
  }
  console.log(`store-api: GET ${PATH}, ${CONNECTIONS} connections, ${LOAD_SECONDS} s after a ${WARM_UP_SECONDS} s warm-up, median of ${ROUNDS} rounds`)
  const mine = summary(runs.ours)
  console.log(line("this tree", mine))
  if (reference) {
    const theirs = summary(runs.reference)
    console.log(line("reference", theirs))
    console.log(
      `  ratio (this/reference): p50 ${(mine.p50Ms / theirs.p50Ms).toFixed(2)}, p99 ${(mine.p99Ms / theirs.p99Ms).toFixed(2)}, req/s ${(mine.requestsPerSecond / theirs.requestsPerSecond).toFixed(2)}`,
    )
  }
}
