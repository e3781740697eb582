/** What every Admin page of ours starts with: one read of our admin API, and the heading, intro and refusal above the page's table. */
import { Heading, Text } from "@medusajs/ui"
import { type ReactNode, useCallback, useEffect, useState } from "react"
import { adminApi } from "./admin-api"

/** Reads `path` when it changes; `reload` after a change the page made. A refusal is kept as `problem`, beside the last answer. */
export function useAdminRead<T>(path: string): { data: T | null; problem: string | null; reload: () => Promise<void> } {
  const [data, setData] = useState<T | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const reload = useCallback(async () => {
    try {
      setData(await adminApi<T>(path))
      setProblem(null)
    } catch (error) {
      setProblem((error as Error).message)
    }
  }, [path])
  useEffect(() => {
    reload()
  }, [reload])
  return { data, problem, reload }
}

export function PageIntro({ title, problem, children }: { title: string; problem?: string | null; children: ReactNode }) {
  return (
    <>
      <div className="px-6 py-4">
        <Heading level="h1">{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {children}
        </Text>
      </div>
      {problem && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {problem}
        </Text>
      )}
    </>
  )
}
