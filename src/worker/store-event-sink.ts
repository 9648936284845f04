import { BroadcastChannel } from 'node:worker_threads'
import type { ShardInit, ShardStoreEvent } from '../router/protocol.js'
import type { StoreEvent } from '../session/store.js'

/**
 * Relays a worker-thread store's events to the main thread. A BroadcastChannel rather than
 * Piscina's task replies: health changes must arrive even when no request is running
 * (Redis restarting on an idle gateway), and replies only flow with tasks.
 */
export function storeEventSink (init: ShardInit): ((e: StoreEvent) => void) | undefined {
  if (init.storeEventsChannel === undefined) return undefined
  const channel = new BroadcastChannel(init.storeEventsChannel)
  channel.unref()
  const shard = init.shard ?? 0
  return (event) => { channel.postMessage({ shard, event } satisfies ShardStoreEvent) }
}
