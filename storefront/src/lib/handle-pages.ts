// Reading a long list of handles a store page at a time, for lists too long to ask for at once.
import { PAGE_LIMITS } from "@ocop/domain/input-limits";

/** The store API's largest page. */
export const STORE_PAGE_LIMIT = PAGE_LIMITS.store;

export type HandlePage = { handles: string[]; count: number };

/**
 * The handles from `offset`, at most `limit` of them, and how many there are in all, read with
 * `readPage(offset, limit)` one store page after another.
 */
export async function readHandles(
  readPage: (offset: number, limit: number) => Promise<HandlePage>,
  { offset, limit }: { offset: number; limit: number },
): Promise<HandlePage> {
  const handles: string[] = [];
  for (;;) {
    const page = await readPage(offset + handles.length, Math.max(1, Math.min(STORE_PAGE_LIMIT, limit - handles.length)));
    handles.push(...page.handles.slice(0, Math.max(0, limit - handles.length)));
    if (page.handles.length === 0 || handles.length >= limit || offset + handles.length >= page.count) return { handles, count: page.count };
  }
}
