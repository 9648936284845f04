// The part of autocannon 8's programmatic API that perf/ uses. The package ships no type
// declarations and we do not add @types packages for one caller.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  interface AutocannonRequest {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string | Buffer
  }

  interface AutocannonClient extends EventEmitter {
    setHeadersAndBody (headers: Record<string, string>, body: string | Buffer): void
    on (event: 'response', listener: (statusCode: number, resBytes: number, responseTimeMs: number) => void): this
    on (event: string, listener: (...args: unknown[]) => void): this
  }

  interface AutocannonOptions {
    url: string
    connections?: number
    pipelining?: number
    duration?: number
    amount?: number
    timeout?: number
    overallRate?: number
    method?: string
    body?: string | Buffer
    headers?: Record<string, string>
    requests?: AutocannonRequest[]
    setupClient?: (client: AutocannonClient) => void
  }

  interface AutocannonResult {
    requests: { average: number, mean: number, total: number, sent: number }
    throughput: { average: number, total: number }
    errors: number
    timeouts: number
    non2xx: number
    resets: number
    duration: number
    statusCodeStats: Record<string, { count: number }>
  }

  interface AutocannonInstance extends EventEmitter, PromiseLike<AutocannonResult> {
    stop (): void
  }

  function autocannon (opts: AutocannonOptions): AutocannonInstance
  export default autocannon
  export type { AutocannonClient, AutocannonOptions, AutocannonResult, AutocannonInstance }
}
