import { pathToFileURL } from 'node:url'
import { join } from 'node:path'

// Where the code under test is loaded from. The branch is this build (build/src); a base
// is another commit's src compiled into a temporary folder. The benchmarks import the
// modules they measure through a root, so the same benchmark code runs against both.

export interface ModuleRoot {
  readonly label: string
  /** Folder holding the compiled src tree (detection/, session/, router/, …). */
  readonly dir: string
  load<T> (rel: string): Promise<T>
}

export function moduleRoot (label: string, dir: string): ModuleRoot {
  return {
    label,
    dir,
    async load<T> (rel: string): Promise<T> {
      return await import(pathToFileURL(join(dir, rel)).href) as T
    },
  }
}
