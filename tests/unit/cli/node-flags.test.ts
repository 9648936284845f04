import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { GATEWAY_NODE_FLAGS, missingNodeFlags } from '../../../src/cli/node-flags.js'

const repoFile = (path: string): string => readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8')

describe('gateway node flags', () => {
  it('reports the flags a process was started without', () => {
    assert.deepEqual(missingNodeFlags([]), ['--no-regexp-tier-up'])
    assert.deepEqual(missingNodeFlags(['--expose-gc']), ['--no-regexp-tier-up'])
    assert.deepEqual(missingNodeFlags(['--no-regexp-tier-up']), [])
  })

  it('reads the flag the way V8 does: underscores, the --noname form, the last mention wins', () => {
    assert.deepEqual(missingNodeFlags(['--no_regexp_tier_up']), [])
    assert.deepEqual(missingNodeFlags(['--noregexp-tier-up']), [])
    assert.deepEqual(missingNodeFlags(['--no-regexp-tier-up', '--regexp-tier-up']), ['--no-regexp-tier-up'])
    assert.deepEqual(missingNodeFlags(['--regexp-tier-up', '--no-regexp-tier-up']), [])
  })

  it('are passed by every way the gateway is started: npm start, the CLI shebang, the Docker image', () => {
    const scripts = (JSON.parse(repoFile('package.json')) as { scripts: Record<string, string> }).scripts
    const main = repoFile('src/cli/main.ts').split('\n')[0] ?? ''
    const entrypoint = repoFile('Dockerfile').split('\n').find(l => l.startsWith('ENTRYPOINT')) ?? ''
    for (const flag of GATEWAY_NODE_FLAGS) {
      assert.match(scripts.start ?? '', new RegExp(`^node ${flag} dist/cli/main\\.js serve$`))
      assert.equal(main, `#!/usr/bin/env -S node ${flag}`)
      assert.match(entrypoint, new RegExp(`"node", "${flag}", "dist/cli/main\\.js"`))
    }
  })
})
