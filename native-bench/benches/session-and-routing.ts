// The session codec candidates (msgpack through msgpackr, against JSON) on a realistic
// SessionState, and the shard hash. The codec cases record the encoded sizes: the size
// is what a Redis store pays on every write-through and every cold read.
import { Packr } from 'msgpackr'
import type * as ShardKeyMod from '../../src/router/shard-key.js'
import type * as StateMod from '../../src/session/state.js'
import type { BenchCase } from '../lib/measure.js'
import type { ModuleRoot } from '../lib/module-root.js'

export async function codecCases (root: ModuleRoot): Promise<BenchCase[]> {
  const st = await root.load<typeof StateMod>('session/state.js')
  let s = st.newSession('tenant-a', '3f2a9c1e-5b7d-4e8f-a012-6c3d9e8f7a10', 1_700_000_000_000)
  for (let i = 0; i < 20; i++) {
    s = st.appendAction(s, {
      at: 1_700_000_000_000 + i * 1000,
      kinds: i % 5 === 2 ? ['sensitive_read', 'transform'] : [],
      decision: i % 9 === 4 ? 'flag' : 'allow',
      score: i % 9 === 4 ? 61.5 : 4,
      policies: i % 9 === 4 ? ['prompt-injection.instruction-override', 'exfiltration.markdown-beacon'] : [],
    }, 50, 1_700_000_000_000 + i * 1000)
  }
  const plain = new Packr({ useRecords: false })
  // Records: msgpackr writes each object shape once per message and then only values.
  const records = new Packr({ useRecords: true, sequential: true })
  const packed = plain.pack(s)
  const packedRec = records.pack(s)
  const json = JSON.stringify(s)
  const sizes = `msgpack ${packed.length} B, msgpack+records ${packedRec.length} B, JSON ${Buffer.byteLength(json)} B`
  return [
    { name: 'session-codec/msgpackr.pack', note: `20 actions; ${sizes}`, sync: () => plain.pack(s) },
    { name: 'session-codec/msgpackr.unpack', note: `${packed.length} B`, sync: () => plain.unpack(packed) },
    { name: 'session-codec/msgpackr-records.pack', note: `${packedRec.length} B`, sync: () => records.pack(s) },
    { name: 'session-codec/msgpackr-records.unpack', note: `${packedRec.length} B`, sync: () => records.unpack(packedRec) },
    { name: 'session-codec/JSON.stringify', note: `${Buffer.byteLength(json)} B`, sync: () => JSON.stringify(s) },
    { name: 'session-codec/JSON.parse', note: `${Buffer.byteLength(json)} B`, sync: () => JSON.parse(json) as unknown },
  ]
}

export async function shardCases (root: ModuleRoot): Promise<BenchCase[]> {
  const sk = await root.load<typeof ShardKeyMod>('router/shard-key.js')
  const ids = Array.from({ length: 1024 }, (_, i) => `${(i * 2654435761 >>> 0).toString(16).padStart(8, '0')}-5b7d-4e8f-a012-${String(i).padStart(12, '0')}`)
  let k = 0
  return [{ name: 'shard-key/shardOf', note: '36-char session ids, 4 shards', sync: () => sk.shardOf('tenant-a', ids[k++ & 1023] as string, 4) }]
}
