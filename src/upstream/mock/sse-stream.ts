// Writes a precomputed SSE answer with backpressure: uWS buffers whatever `write` cannot
// send, and a false return means "stop until onWritable", so a slow reader holds at most
// one frame of extra buffering rather than the whole answer.
import type { Exchange } from './exchange.js'
import type { Overrides } from './overrides.js'

export type StreamEnding = 'end' | 'stall' | 'drop'

export interface StreamPlan {
  readonly frames: readonly string[]
  /** Frames [0, stop) are written; then `ending` happens. */
  readonly stop: number
  readonly ending: StreamEnding
  readonly chunkDelayMs: number
}

/**
 * Decides how much of the answer to send. A stall or drop after N content chunks sends the
 * role frame and N content frames (at most all of them, never the finish frame), so the
 * client always sees an unfinished stream. Drop wins when both are given.
 */
export function planStream (frames: readonly string[], contentFrames: number, overrides: Overrides): StreamPlan {
  const cut = overrides.dropAfterChunks ?? overrides.stallAfterChunks
  if (cut === null) return { frames, stop: frames.length, ending: 'end', chunkDelayMs: overrides.chunkDelayMs }
  return {
    frames,
    stop: 1 + Math.min(cut, contentFrames),
    ending: overrides.dropAfterChunks !== null ? 'drop' : 'stall',
    chunkDelayMs: overrides.chunkDelayMs,
  }
}

/** Starts the stream now; the caller has already applied the first-byte latency. */
export function runStream (ex: Exchange, plan: StreamPlan, requestId: string): void {
  const { res } = ex
  const delay = plan.chunkDelayMs
  let next = 0
  let awaitingDrain = false

  // Writes frames until the plan's stop, a delay or backpressure. Returns true when every
  // planned frame is out. Runs inside cork(), so frames between delays share one syscall.
  const pump = (): boolean => {
    while (next < plan.stop) {
      if (!ex.active) return false
      const ok = res.write(plan.frames[next] as string)
      next++
      if (!ok) {
        awaitingDrain = true
        return false
      }
      if (delay > 0 && next < plan.stop) {
        ex.after(delay, step)
        return false
      }
    }
    return true
  }

  // A drop waits one turn: uWS holds our writes in its cork buffer until the current
  // callback returns, and resetting now would throw the already written frames away.
  const finish = (): void => {
    if (plan.ending === 'end') ex.endStream()
    else if (plan.ending === 'drop') ex.afterFlush(() => ex.reset())
    // 'stall': leave the response open; client abort or provider close() releases it.
  }

  const step = (): void => {
    if (!ex.active) return
    let done = false
    res.cork(() => { done = pump() })
    if (done) finish()
  }

  res.onWritable(() => {
    if (awaitingDrain && ex.active) {
      awaitingDrain = false
      if (delay > 0 && next < plan.stop) ex.after(delay, step)
      else step()
    }
    return true
  })

  let done = false
  res.cork(() => {
    ex.beginStream(requestId)
    done = pump()
  })
  if (done) finish()
}
