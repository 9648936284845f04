import type { Cluster } from 'ioredis'
import type { StoreEvent } from '../store.js'
import type { SessionClient } from './scripts.js'

const PROBE_EVERY_MS = 250

/**
 * Whether Redis is usable, as one shard sees it. A failed command or a dropped connection
 * makes it unavailable at once; only a probe makes it available again (standalone: PING on
 * a ready connection; Cluster: CLUSTER INFO says cluster_state:ok, i.e. every slot has a
 * master again after a failover). Recovering on any successful command instead would flap
 * on a cluster with one master down, where some sessions' slots still answer. Emits one
 * health event per state change, never per request.
 */
export class StoreHealthMonitor {
  readonly #client: SessionClient
  readonly #cluster: boolean
  readonly #emit: (e: StoreEvent) => void
  readonly #onRecovered: () => void
  #ok = false
  #announced = false
  #probing: NodeJS.Timeout | null = null
  #stopped = false
  #firstConnection: Promise<void>

  constructor (client: SessionClient, cluster: boolean, emit: (e: StoreEvent) => void, onRecovered: () => void) {
    this.#client = client
    this.#cluster = cluster
    this.#emit = emit
    this.#onRecovered = onRecovered
    this.#firstConnection = new Promise(resolve => client.once('ready', () => resolve()))
    client.on('ready', () => { void this.#probe() })
    client.on('close', () => { if (!this.#stopped) this.unavailable('connection closed') })
    // ioredis emits 'error' for every failed reconnect; health already says what matters,
    // and an 'error' event without a listener would crash the thread.
    client.on('error', (err: Error) => { emit({ type: 'error', op: 'probe', message: err.message }) })
    if (cluster) (client as Cluster).on('node error', (err: Error) => { emit({ type: 'error', op: 'probe', message: err.message }) })
  }

  get ok (): boolean { return this.#ok }

  async waitForFirstConnection (ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<void>(resolve => { timer = setTimeout(resolve, ms) })
    await Promise.race([this.#firstConnection, timeout])
    clearTimeout(timer)
    await this.#probe()
    if (!this.#ok) this.unavailable('no connection to Redis at start')
  }

  unavailable (reason: string): void {
    if (this.#stopped) return
    if (this.#ok || !this.#announced) {
      this.#ok = false
      this.#announced = true
      this.#emit({ type: 'health', state: 'unavailable', reason })
    }
    this.#probing ??= setInterval(() => { void this.#probe() }, PROBE_EVERY_MS)
  }

  stop (): void {
    this.#stopped = true
    if (this.#probing !== null) clearInterval(this.#probing)
    this.#probing = null
  }

  async #probe (): Promise<void> {
    if (this.#stopped || this.#ok) return
    let up = false
    try {
      if (this.#cluster) {
        const c = this.#client as Cluster
        up = c.status === 'ready' && /cluster_state:ok/.test(await c.cluster('INFO') as string)
      } else {
        up = this.#client.status === 'ready' && (await this.#client.ping()) === 'PONG'
      }
    } catch (err) {
      // Expected while Redis is down: counted, and the state change already logged once.
      this.#emit({ type: 'error', op: 'probe', message: err instanceof Error ? err.message : String(err) })
      up = false
    }
    if (!up || this.#stopped || this.#ok) return
    this.#ok = true
    this.#announced = true
    if (this.#probing !== null) clearInterval(this.#probing)
    this.#probing = null
    this.#emit({ type: 'health', state: 'ok', reason: 'probe succeeded' })
    this.#onRecovered()
  }
}
