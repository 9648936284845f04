import { workerData } from 'piscina'
import type { ShardInit, ShardReply, ShardTask } from '../router/protocol.js'
import { ShardEvaluator } from './evaluator.js'
import { storeEventSink } from './store-event-sink.js'

// A shard's thread. Built once when the thread starts: the engine is compiled here, so
// the per-task path is evaluate-and-record only. The pool has exactly one thread and runs
// one task at a time, which is what keeps a session's turns in arrival order.
const init = workerData as ShardInit
const shard = new ShardEvaluator(init, storeEventSink(init))

export default async function handle (task: ShardTask): Promise<ShardReply> {
  return await shard.handle(task)
}
