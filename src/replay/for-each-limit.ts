/**
 * Runs fn over items with at most `limit` calls in flight; items are taken in order, so
 * the first `limit` items start first. Rejects with the first error while other lanes may
 * still run; callers pass an fn that does not throw (sending turns failures into outcomes).
 */
export async function forEachLimit<T> (items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      await fn(items[i] as T, i)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane))
}
