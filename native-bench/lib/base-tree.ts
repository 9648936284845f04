import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Builds another commit's src for comparison without touching the working tree or the
// repository's state: `git archive` exports the commit's files into a temporary folder
// (read-only for the repository, unlike `git worktree add`, which registers a worktree
// in .git), node_modules is linked from the checkout, and tsc compiles it there.
// Cost: the base uses today's node_modules; a change of dependency version between
// base and branch is not part of the comparison.

export interface BaseTree {
  readonly commit: string
  /** The compiled src tree. */
  readonly srcDir: string
  /** tsc's complaints, when the base does not type-check (it is still emitted and used). */
  readonly warnings: string
  cleanup (): void
}

export function prepareBase (ref: string, repoRoot: string): BaseTree {
  let commit: string
  try {
    commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
  } catch (err) {
    throw new Error(`cannot resolve '${ref}' to a commit in ${repoRoot}: ${String((err as { stderr?: unknown }).stderr ?? err).trim()}`)
  }
  const dir = mkdtempSync(join(tmpdir(), 'infershield-bench-base-'))
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true })
  try {
    const archive = spawnSync('git', ['archive', '--format=tar', commit, 'src', 'tsconfig.json', 'package.json'], { cwd: repoRoot, maxBuffer: 512 * 1024 * 1024 })
    if (archive.status !== 0) throw new Error(`git archive ${commit} failed: ${archive.stderr.toString().slice(0, 500)}`)
    const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout })
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr.toString().slice(0, 500)}`)
    symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
    const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json'), '--outDir', join(dir, 'out')], { cwd: dir, encoding: 'utf8' })
    return { commit, srcDir: join(dir, 'out'), warnings: tsc.status === 0 ? '' : `${tsc.stdout}${tsc.stderr}`.slice(0, 2000), cleanup }
  } catch (err) {
    cleanup()
    throw err
  }
}
