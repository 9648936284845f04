import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

// The parent's handle on a side process (../side.ts): one request at a time, answered in
// order, each reply matched by id. The side times its own samples, so the IPC round trip
// is not in any figure.

export type SideRequest =
  | { readonly id: number, readonly op: 'list' }
  | { readonly id: number, readonly op: 'calibrate', readonly name: string, readonly minSampleMs: number }
  | { readonly id: number, readonly op: 'sample', readonly name: string, readonly n: number }
  | { readonly id: number, readonly op: 'policy-run' }
  | { readonly id: number, readonly op: 'close' }

export type SideReply =
  | { readonly id: number, readonly cases: readonly { readonly name: string, readonly note: string }[], readonly problems: readonly string[] }
  | { readonly id: number, readonly n: number }
  | { readonly id: number, readonly nsPerOp: number }
  | { readonly id: number, readonly note: string, readonly timings: readonly (readonly [string, number])[] }
  | { readonly id: number }

type Failure = { readonly id: number, readonly error: string }
type Distributive<T> = T extends unknown ? Omit<T, 'id'> : never

/** Node flags of the production shards: regular expressions compiled to native code at once. */
const SIDE_FLAGS = ['--no-regexp-tier-up', '--expose-gc']

export class Side {
  readonly label: string
  private readonly child: ChildProcess
  private readonly ready: Promise<void>
  private next = 1
  private readonly pending = new Map<number, { resolve: (r: SideReply) => void, reject: (e: Error) => void }>()

  constructor (label: string, dir: string, filter: string) {
    this.label = label
    const script = fileURLToPath(new URL('../side.js', import.meta.url))
    this.child = fork(script, [label, dir, filter], { execArgv: SIDE_FLAGS, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    this.ready = new Promise((resolve, reject) => {
      this.child.once('message', () => { resolve() })
      this.child.once('exit', code => { reject(new Error(`${label}: side exited with ${String(code)} before it was ready`)) })
    })
    this.child.on('message', (m: SideReply | Failure) => {
      const p = this.pending.get(m.id)
      if (p === undefined) return
      this.pending.delete(m.id)
      if ('error' in m) p.reject(new Error(`${label}: ${m.error}`))
      else p.resolve(m)
    })
    this.child.on('exit', code => {
      for (const p of this.pending.values()) p.reject(new Error(`${label}: side exited with ${String(code)}`))
      this.pending.clear()
    })
  }

  async ask<R extends SideReply> (req: Distributive<SideRequest>): Promise<R> {
    await this.ready
    const id = this.next++
    return await new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve: r => { resolve(r as R) }, reject })
      this.child.send({ ...req, id })
    })
  }

  async close (): Promise<void> {
    if (this.child.exitCode !== null) return
    const exited = new Promise<void>(resolve => this.child.once('exit', () => { resolve() }))
    try {
      await this.ask({ op: 'close' })
    } catch (err) {
      // A case that failed to release its resources: say so, the process ends anyway.
      process.stderr.write(`${this.label}: close failed: ${(err as Error).message}\n`)
    }
    this.child.disconnect()
    await exited
  }
}
